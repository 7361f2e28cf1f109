import pprint
data = {"numbers": list(range(30)), "nested": {"a": [1, {"b": "c" * 30}], "z": (1, 2)}, "strings": ["alpha" * 5, "beta" * 6, "gamma"], "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(10)), width=10))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat("x" * 100, width=30))
print(pprint.saferepr([1, [2]]), pprint.isreadable([1]), pprint.isrecursive([1]))
pprint.pprint({"k": [1, 2]}, compact=True, indent=4)
