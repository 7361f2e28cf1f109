# Constructs whose meaning differs between Python and other regex dialects.
import re
print(re.findall(r"a{,2}b", "aaab ab b"), re.findall(r"x{2,}", "x xx xxx"), re.findall(r"\d{2}", "12345"), re.findall("a{", "a{"))
print(re.search(r"(?>a+)b", "aaab").group(), re.search(r"(?>a+)ab", "aaab"), re.search(r"a++b", "aab").group(), re.search(r"a++ab", "aab"), re.findall(r"\w*+", "ab c"))
print(re.findall(r"(?i:HELLO) world", "hello world Hello World hello WORLD"), re.findall(r"(?i)[a-c]+", "xAbCx"), re.search(r"a(?-i:B)", "Ab", re.I), re.search(r"a(?-i:B)", "AB", re.I).group())
print(re.search(r"x$", "x\n").span(), re.search(r"x\Z", "x\n"), re.findall(r"^\w", "a\nb\nc", re.M), re.search(r".+", "ab\ncd").group(), re.search(r"(?s).+", "ab\ncd").group())
print(re.findall(r"\bé\w*", "café étage"), re.findall(r"\d+", "١٢٣ 456"), re.findall(r"\s+", "a\x1cb\x85c"), re.findall(r"[^\W\d]+", "ab12cd_3"))
p = re.compile(r"\w+")
print(p.search("  hello world", 3).group(), p.match("hello", 1, 3).group(), p.fullmatch("hello", 0, 5).span(), p.search("hello", 5), p.findall("a bb ccc", 2, 7))
print(re.compile(r"^b").search("ab", 1), re.compile(r"(?<=a)b").search("ab", 1).span(), re.compile(r"b$").search("ab\nc", 0, 2).span())
print(re.findall(rb"[\x80-\xff]+", b"a\xc3\xa9b\xff"), re.sub(rb"(\w)", rb"<\1>", b"ab"), re.match(rb"\w+", b"caf\xe9").group(), re.split(rb"\s", b"a b\tc"))
m = re.match(r"(?P<a>x)(?P<b>y)?(z)", "xz")
print(m.lastindex, m.lastgroup, m.groupdict("-"), m.span(2), m.regs, m.expand(r"\g<a>\g<3>\\"), m.group("a", 3))
print(re.sub(r"(a)(b)?", r"[\2]", "ac ab"), re.subn("", "-", "ab"), re.split(r"(?=b)", "abab"), re.findall(r"(a)|b", "ab"))
for pat in [r"(?P<n>a)(?P=n)", r"(a)\1", r"(?:a|b)*?c", r"[]a]", r"[^]a]", r"[a\]]", r"\x41\u0042\U00000043\101\0", r"(?x) a \  b # comment"]:
    c = re.compile(pat)
    print(repr(pat), c.groups, [m.group() for m in c.finditer("aa ab c ]a b A BC\x00 a bb")])
for pat in ["{1}", "x{1}{2}", "(?", "(?<", "(?P", "[a-]", "a{3,2}", "(?i)(?m)x", "x(?i)", "\\8", "[\\8]", "(?(1)a|b)"]:
    try:
        print(repr(pat), "ok", re.compile(pat).pattern)
    except re.error as e:
        print(repr(pat), "error:", e)
    except NotImplementedError as e:
        print(repr(pat), "not implemented")
