s = slice(1, 5)
print(s, [0, 1, 2, 3, 4, 5, 6][s], "abcdef"[slice(None, None, 2)], s.indices(3), slice(-2, None).indices(10), (1, 2, 3)[slice(-1, None)])
try:
    slice()
except TypeError as e:
    print(e)
