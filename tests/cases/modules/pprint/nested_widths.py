import pprint
data = [{"id": i, "tags": ["t" * i] * 3, "meta": {"x": list(range(i))}} for i in range(1, 5)]
for w in [120, 60, 30]:
    pprint.pprint(data, width=w)
print(pprint.pformat({"a": (1, 2), "b": [3]}, indent=2, width=10))
pprint.pprint(set(range(25)), width=40)
pprint.pprint(frozenset("abc"), width=5)
