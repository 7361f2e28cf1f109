add = lambda a, b: a + b
print(add(2, 3))
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda a, b=2, *, c=3: a + b + c)(1))
print((lambda a, /, b: a - b)(10, b=3))
print(add.__name__, add.__qualname__)
print(type(add).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x**2, range(5))))
print(list(filter(lambda s: s.startswith("t"), ["two", "one", "three"])))
