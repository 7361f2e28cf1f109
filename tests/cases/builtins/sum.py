print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([True, True]), sum([], start=5), sum(x for x in range(4)))
print(sum([10 ** 20, 10 ** 20]), sum([1e100, 1, -1e100]), sum([2 ** 62, 2 ** 62]), sum([0.5, 2 ** 63]))
for f in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]]), lambda: sum()]:
    try:
        print(f())
    except TypeError as e:
        print(e)
