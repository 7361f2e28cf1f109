class Bag:
    def __init__(self, *items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


b = Bag(1, 2, 3)
print(list(b), list(b))
it = iter(b)
print(iter(it) is it, next(it), list(it), list(it))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__)
print(type(iter({})).__name__, type(iter(range(3))).__name__)
a, *rest = Bag("x", "y", "z")
print(a, rest)
print(dict(Bag(("k", 1), ("j", 2))))
