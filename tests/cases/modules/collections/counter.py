from collections import Counter
c = Counter("abracadabra")
print(c, c.most_common(2), c["a"], c["z"], len(c), sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"a": 10})
print(c, +c, -c)
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b, a == Counter({"a": 3, "b": 1, "x": 0}), a <= a + b if hasattr(a, "__le__") else "-")
print(Counter([1, 1, 2]).most_common(), Counter().most_common(1), Counter({"x": 2}), Counter(x=0), repr(Counter()))
d = Counter("hello")
del d["l"]
print(d, d.most_common()[-1])
