print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, [2]] == [1, [2]], [1, 2] != (1, 2), [1] == [1.0], [float("nan")] == [float("nan")])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), [1, "a"] == [1, "a"])
for f in [lambda: [1] < ["a"], lambda: [1] < (1,), lambda: [None] < [None], lambda: [1, 2] <= 3]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print([1, None] < [2, None], [1, "a"] < [1, "b"])
