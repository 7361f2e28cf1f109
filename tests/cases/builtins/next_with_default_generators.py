def gen():
    yield 1
    return "done"
g = gen()
print(next(g), next(g, "default"), next(g, None))
g2 = gen()
next(g2)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(iter([]), "empty"), next(iter("ab")), next(reversed([1, 2])), next(enumerate("z")), next(zip("a", "b")), next(map(abs, [-3])), next(filter(None, [0, 7])))
