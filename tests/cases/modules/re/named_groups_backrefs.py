import re
m = re.match(r"(?P<first>\w+)\s(?P<last>\w+)", "Jane Doe")
print(m.group("first"), m["last"], m.groupdict(), m.span("last"), m.lastgroup, m.re.groupindex)
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<ch>\w)(?P=ch)", "xyzzy").group(), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<a>\d)", r"<\g<a>>", "a1b2"), re.sub(r"(\d)", r"\g<1>0", "5"))
print(re.match(r"(?:ab)+(c)", "ababc").groups(), re.match(r"(?i)HeLLo", "hello").group(), re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex)
for f in [lambda: m.group(3), lambda: m.group("nope"), lambda: re.sub(r"(a)", r"\2", "a"), lambda: re.sub("a", r"\g<x>", "a")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
