import json
values = [0, -1, 1.5, 1e-7, 2 ** 64, "", "quote\"back\\", [1, [2, [3]]], {"k": {"n": [None]}}, True, 0.1 + 0.2, 1e300, "日本"]
for v in values:
    s = json.dumps(v)
    print(s, json.loads(s) == v)
d = json.loads(json.dumps({1: "int key"}))
print(d)
