import pickle
for v in [[1, [2, [3]]], {"a": {"b": {}}}, ((1, 2), (3, 4)), [None] * 3, {1: "x", 2: "y"}, list(range(12)), "x" * 300, b"y" * 300, 2 ** 100, -1.5, (True, False)]:
    print(pickle.dumps(v, protocol=4).hex())
