# Dicts made by literals, comprehensions, fromkeys, copy and dict().
import sys

g = sys.getsizeof
print(g({"a": 1}), g({1: 1}), g({"a": 1, "b": 2, "c": 3}), g({1: 2, 3: 4}))
print(g({str(i): i for i in range(6)}), g({i: i for i in range(6)}), g({i: i for i in range(30)}))
print(g(dict.fromkeys(range(10))), g(dict.fromkeys("abcdefghij")), g(dict(a=1)))
print(g(dict(zip("abcdefg", range(7)))), g({"a": 1}.copy()))
d = {}
d[1] = 1
d["x"] = 2
print(g(d))
