for t in [(), (1,), (1, 2), (2, 1), ("a", "b"), (1.5, -0.5), ((1, 2), (3,)), (True, False), (-1,), (2 ** 70, -(2 ** 70)), (frozenset({1, 2}),)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((None,)) == hash((None,)))
for bad in [([1],), (1, {}), ((1, [2]),)]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
