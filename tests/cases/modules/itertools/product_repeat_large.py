import itertools
p = list(itertools.product("ab", repeat=3))
print(len(p), p[:3], p[-1])
print(list(itertools.product([1, 2], "x", [True, False])))
print(sum(1 for _ in itertools.product(range(4), repeat=4)), next(itertools.product(range(10 ** 6), repeat=2)))
print(list(itertools.starmap(lambda a, b: a * b, itertools.product([1, 2], [3, 4]))))
