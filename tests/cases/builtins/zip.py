print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip(range(3), "xyz", (True, False, None))), dict(zip("ab", "cd")))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [([1, 2, 3], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1], [1], [1, 2, 3])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(e)
try:
    zip(1, [2])
except TypeError as e:
    print(e)
try:
    zip([1], 5, [2])
except TypeError as e:
    print(e)
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z))
print(list(zip(*[(1, "a"), (2, "b")])))
