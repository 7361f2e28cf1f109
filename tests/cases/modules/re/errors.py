import re
for pat in ["(", ")", "[a", "a{2,1}", "*a", "a**", r"\1", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?<!a*)", "[z-a]", "\\", "(?z)", "a{1000000000}", r"\p"]:
    try:
        re.compile(pat)
        print(repr(pat), "compiled")
    except re.error as e:
        print(repr(pat), "|", e.msg, "|", e.pos, "|", e)
print(re.error is re.PatternError if hasattr(re, "PatternError") else issubclass(re.error, Exception))
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
