import functools, operator
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]), functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3, 4]))
print(functools.reduce(operator.add, ["a", "b", "c"]), functools.reduce(operator.add, [], 0), functools.reduce(max, [[1], [3], [2]]), functools.reduce(operator.getitem, ["k", 0], {"k": ["v"]}))
def noisy(a, b):
    print("combine", a, b)
    return a + b
print(functools.reduce(noisy, range(4)))
