print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []), dict.fromkeys("aab"))
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
class D(dict):
    pass
print(type(D.fromkeys("x")).__name__, D.fromkeys("xy", 1))
import collections
print(collections.OrderedDict.fromkeys("ba"), collections.Counter.fromkeys if False else "-")
try:
    dict.fromkeys(5)
except TypeError as e:
    print(e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(e)
