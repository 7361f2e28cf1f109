r = range(1, 10, 2)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(hash(range(0)) == hash(range(5, 2)), hash(range(3)) == hash(range(0, 3, 1)), hash(range(1, 2, 7)) == hash(range(1, 3, 10)))
print({range(3): "a", range(0, 3): "b"})
try:
    r.start = 2
except AttributeError as e:
    print(e)
it = iter(range(3))
print(type(it).__name__, next(it), list(it), type(iter(range(2 ** 70))).__name__)
print(reversed(range(5)).__class__.__name__, list(reversed(range(1, 10, 3))))
