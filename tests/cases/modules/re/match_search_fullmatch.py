import re
m = re.match(r"(\w+) (\w+)", "hello world extra")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2), m.string, m.re.pattern, m.pos, m.endpos, m.lastindex)
print(re.match("b", "abc"), re.search("b", "abc").span(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch("a|ab", "ab").group())
print(bool(re.match("", "")), re.search("$", "abc").span(), re.search(r"\bfoo\b", "a foo b").start())
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("default"), re.match("(a)(b)?", "ac").group(0, 1, 2))
print(repr(m)[:40])
