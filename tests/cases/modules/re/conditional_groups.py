import re
tests = [
 (r"(a)?(?(1)b|c)", ["c", "ab", "xabc", "b", "acab"]),
 (r"(?P<q>['\"])?\w+(?(q)(?P=q))", ["'abc' \"de\" fg 'h"]),
 (r"^(<)?\w+@\w+(?(1)>)$", ["<a@b>", "a@b", "<a@b", "a@b>"]),
 (r"(a)(?(1)(b)|c)\2", ["abb", "ab", "ac"]),
 (r"(?:(a)|b)+(?(1)x|y)", ["abx", "aby", "bby", "bbx"]),
 (r"(\d+)?(?(1)[a-z]+|[A-Z]+)", ["12abc XYZ 3Q"]),
 (r"(?i)(a)?(?(1)B|C)", ["Ab c aB"]),
 (r"(a*)(?(1)b*?c|d)", ["aabbc d"]),
 (r"(?(1)a|b)", []),
 (r"(x)?(?(1)\b|y)z", ["xz yz x z"]),
 (r"(a)?(?(1)b)+c", ["abbc", "c", "ac"]),
 (r"(?<=(a))?(?(1)b|c)", ["ab c"]),
 (r"(?=(a))?(?(1)a|b)", ["a b"]),
 (r"(?>(a))?(?(1)ab|c)", ["aab c"]),
 (r"(a)?(?(1)b|c)++d", ["abbd", "ccd"]),
 (r"(😀)?(?(1)é|x)", ["😀é x é"]),
]
for p, subjects in tests:
    try:
        c = re.compile(p)
    except re.error as e:
        print(p, "error", e); continue
    for s in subjects:
        print(p, repr(s), c.findall(s), [m.span() for m in c.finditer(s)], bool(c.fullmatch(s)), c.match(s) and c.match(s).groups(), c.sub("#", s), c.split(s))
for p in [r"(?(2)a|b)(c)", r"(?(1)a|b|c)", r"(?(1)a", r"(?(x)a|b)", r"(?(0)a)", r"(?(1a)x)", r"(a)(?(1)b|c|d)"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "error:", e, e.pos)
m = re.match(r"(?P<open>\()?(?P<body>\w+)(?(open)\))", "(abc)")
print(m.group("open", "body"), m.groupdict(), m.lastindex, m.regs)
print(re.sub(r"(\()?(\w+)(?(1)\))", r"[\2]", "(a) b (c d)"))
print(re.findall(r"(?(1)a|b)(c)?", "bcbac"), re.compile(r"(?(2)x|y)(a)(b)").groups)
# Long inputs: repeats of one-character pieces and of groups without branches inside.
print(re.match(r"(x)?(?(1)y|(?:a|-)+)", "a" * 5000).end(), re.match(r"(<)?(?:ab)+(?(1)>)", "ab" * 3000 + ">").end())
print(len(re.findall(r"(\()?\w+(?(1)\))", "(w) " * 2000)))
