# re.Pattern and re.Match as CPython's _sre types: argument handling, group lookups by number,
# name, __index__ and other keys, slices of str subclasses and bytearrays, clamped pos/endpos.
import copy
import re

p = re.compile(r"[,]")
print(p.split("a,b", -1), re.compile(rb",").split(bytearray(b"a,b"), -1))
print(re.compile(rb",").split(bytearray(b"a,b")), p.split("a,b,c", maxsplit=1))
m = re.match(rb"a", bytearray(b"abc"))
print(repr(m.group()), m, type(m.string).__name__)
print(re.Match, re.Pattern, type(re.compile("a").finditer("a")).__name__)
for call in [lambda: p.match(), lambda: p.match("a", foo=1), lambda: re.Match(), lambda: re.Pattern()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(p.groupindex, type(p.groupindex))
m = re.match("(?P<a>x)(y)?", "xz")
print(m.groups(), m.groupdict(), m.regs, m.lastindex, m.lastgroup, m.pos, m.endpos, m.span(2))


class Two:
    def __index__(self):
        return 1


class Str(str):
    pass


for g in [5, -1, 1.5, b"a", "b", 2**70, Two(), Str("a"), True, [1]]:
    try:
        print(repr(g) if not isinstance(g, Two) else "Two()", m.group(g), m[g], m.start(g), m.span(g))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(m.group(0, "a", 2), m.groups(default="D"), m.groupdict(default=1))
for call in [lambda: m.groups(1, 2), lambda: m.start(1, 2), lambda: m.group(x=1), lambda: m.span(0, 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(repr(re.compile("a").search("xa", pos=1)), re.compile("a").search("xa", 5))
print(type(m).__name__, type(m).__module__, type(m).__qualname__, type(p).__module__)
m = re.compile("b").search("abc", -5, 99)
print(m.pos, m.endpos, m.re is re.compile("b"), copy.copy(m) is m, copy.deepcopy(p) is p)
s = re.match(r"(\w+) (\w+)", Str("hello world"))
print(type(s.group(1)).__name__, type(s.string).__name__, s.expand(r"\2-\1"))
w = re.search("(b)(c)", "\U0001f600abc\U0001f600")
print(w.span(), w.group(2), w.regs, w.endpos)
print([x.span() for x in re.finditer(r"\d*", "a12b")], re.compile(r"(\d)").findall("a1b2", 2))
it = re.finditer("a", "aXa")
print(next(it).start(), it.__next__().start(), list(it))
try:
    re.finditer("a", 5)
except TypeError as e:
    print("TypeError:", e)
print(re.sub(r"(\d)", lambda n: n.group(1) * 2, "a1b23"), re.subn("x*", "-", "abc"))
print(re.compile("(?P<n>a)|(?P<m>b)").match("b").lastgroup, p == re.compile(r"[,]"), repr(p))
print(re.Match[str], re.Pattern[bytes])
