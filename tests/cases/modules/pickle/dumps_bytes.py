import pickle
for v in [None, True, 0, 1, -1, 255, 256, 65536, 2 ** 31, 2 ** 64, -(2 ** 70), 1.5, "", "abc", "é", b"xy", (), (1,), (1, 2), (1, 2, 3, 4), [], [1, "a"], {}, {"k": [1]}, {1, 2}, frozenset({3}), 1j]:
    print(repr(v), pickle.dumps(v, protocol=4))
print(pickle.dumps([1, 2], protocol=2), pickle.dumps("x", protocol=0), pickle.dumps((1, "a"), protocol=3), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
