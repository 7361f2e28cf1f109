import itertools
print(repr(itertools.count()), repr(itertools.count(2.5)), repr(itertools.count(3, -1)), repr(itertools.repeat(None)), repr(itertools.repeat([1], 3)))
print(type(itertools.chain()).__name__, type(itertools.groupby("")).__name__, type(itertools.product()).__name__, itertools.chain.__module__)
for bad in [lambda: itertools.count("a"), lambda: itertools.combinations("ab", -1), lambda: itertools.product("a", repeat=-1), lambda: itertools.tee("a", -1), lambda: itertools.islice("a", 1, 2, -1), lambda: itertools.repeat(1, "x"), lambda: itertools.combinations_with_replacement("a", -2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list(itertools.accumulate([1, 2, 3], initial=None)), list(itertools.accumulate([], initial=0)), list(itertools.combinations_with_replacement("ab", 0)))
gb = itertools.groupby([1, 1, 2, 2, 3])
groups = list(gb)
print([(k, list(g)) for k, g in groups])
a, b = itertools.tee(range(3))
c = a.__copy__()
print(list(a), list(c), list(b), type(a).__name__)
r = itertools.repeat("x", 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r))
p = itertools.pairwise(iter([1, 2, 3]))
print(next(p), list(p), list(p))
print(list(itertools.zip_longest([1, 2], "abc", [None], fillvalue=0)))
print(list(itertools.islice(itertools.cycle("ab"), 1, 6, 2)), list(itertools.starmap(divmod, [(7, 2), (9, 4)])))
