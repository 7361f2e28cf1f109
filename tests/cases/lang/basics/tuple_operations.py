t = (1, 2, 3)
print(t[0], t[-1], t[1:], t + (4,), t * 2, len(t), 2 in t)
print(t.index(2), t.count(3), (1,), (), tuple("ab"), tuple([1, 2]))
single = (5)
print(type(single).__name__, type((5,)).__name__)
try:
    t[0] = 9
except TypeError as e:
    print(e)
nested = ([1], [2])
nested[0].append(10)
print(nested)
a, b = t[:2]
print(a, b, (1, 2) < (1, 3), (1, 2, 3) > (1, 2), max((1, "b"), (1, "a")))
print(hash((1, 2)) == hash((1, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]))
