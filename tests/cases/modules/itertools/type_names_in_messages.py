import itertools
for o in [itertools.count(), itertools.chain(), itertools.repeat(1), itertools.groupby([]), itertools.tee([])[0], itertools.islice([], 1), itertools.product(), next(itertools.groupby([1]))[1]]:
    print(type(o).__module__, type(o).__name__, type(o))
    for f in [lambda: o + 1, lambda: o[0], lambda: len(o)]:
        try:
            f()
        except TypeError as e:
            print("  ", e)
class C(itertools.count): pass
try:
    C() + 1
except TypeError as e:
    print(e)
