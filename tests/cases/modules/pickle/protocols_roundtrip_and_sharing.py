import pickle
obj = {"list": [1, 2], "tuple": (1, [2]), "set": {1, 2}, "fs": frozenset([3]), "bytes": b"\x00", "float": 1e100, "nested": [[[]]]}
obj["self_ref_list"] = obj["list"]
for proto in range(0, 6):
    data = pickle.dumps(obj, protocol=proto)
    back = pickle.loads(data)
    print(proto, back == obj, back["self_ref_list"] is back["list"], data[:2])
print(pickle.loads(pickle.dumps(float("inf"))), pickle.loads(pickle.dumps(-0.0)), pickle.dumps(None, 0), pickle.dumps(True, 1), pickle.dumps(1, 1))
