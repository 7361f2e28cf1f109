for s in ["prefix_body_suffix", "prefix", "", "body"]:
    print(repr(s.removeprefix("prefix")), repr(s.removesuffix("suffix")), repr(s.removeprefix("")), repr(s.removesuffix(s)))
try:
    "a".removeprefix(None)
except TypeError as e:
    print(e)
class S(str):
    pass
r = S("abc").removeprefix("x")
print(r, type(r).__name__)
