print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)), list(enumerate([], 3)), list(enumerate("x", 10 ** 20)))
e = enumerate(["a", "b"])
print(type(e).__name__, next(e), next(e))
try:
    next(e)
except StopIteration:
    print("done")
for f in [lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: enumerate("a", 1.5), lambda: enumerate()]:
    try:
        f()
    except TypeError as e:
        print(e)
print(dict(enumerate("xy")), [i for i, _ in enumerate(range(3))])
