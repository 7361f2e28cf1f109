import pprint
r = [1, 2]
r.append(r)
d = {"a": 1}
d["self"] = d
print(pprint.pformat(r).split(" with id=")[0], pprint.pformat(d).split(" with id=")[0])
print(pprint.pformat({"x": [1] * 30, "y": "z" * 90}, width=40))
print(pprint.pformat(("a" * 50, "b" * 50), width=60))
pprint.pprint([[1, 2, [3, 4, [5, 6, [7, 8]]]]], depth=2)
pprint.pp({"b": 1, "a": {"c": 2}})
pprint.pprint({3: "c", 1: "a", "x": 2, (1,): 5})
pprint.pprint("a long string with spaces " * 5, width=30)
pprint.pprint(list(range(100)), width=60, compact=True, indent=3)
pprint.pprint({}, width=1)
pprint.pprint([(), [], {}, set(), frozenset()], width=3)
print(pprint.isreadable(r), pprint.isrecursive(r), pprint.saferepr(d).split(" with id=")[0])
from collections import defaultdict
dd = defaultdict(list, {"k" * 40: [1, 2, 3], "z": list(range(20))})
pprint.pprint(dd, width=40)
