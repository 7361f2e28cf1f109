print(repr("ab" * 0), repr("ab" * -1), repr("" * 10 ** 9), len("x" * 1000), ("ab" * 3).count("ab"))
s = "ab"
s *= 2
print(s)
s += "c"
print(s, s.__mul__(2), s.__rmul__(2), s.__add__("!"))
print(str.__mul__("a", 3), "a".__mul__(-5) == "")
try:
    "a".__mul__("b")
except TypeError as e:
    print(e)
try:
    "a".__add__(1)
except TypeError as e:
    print(e)
