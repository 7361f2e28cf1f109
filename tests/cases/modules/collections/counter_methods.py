from collections import Counter
c = Counter(["red", "blue", "red", "green", "blue", "red"])
print(c.most_common(), c.most_common(1), c.most_common(0), list(c.elements()), sorted(c), c.total())
c.subtract(["red", "red", "red", "red"])
print(c, list(c.elements()))
c.update({"blue": 5})
c["purple"] += 1
print(c, c["nope"], "nope" in c, len(c))
d = Counter(a=2, b=2, c=1, d=2)
print(d.most_common(3), Counter.fromkeys if False else "-")
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
