import _weakref as weakref


class Box:
    def __init__(self):
        self.items = [1, 2, 3]

    def total(self):
        return sum(self.items)


b = Box()
p = weakref.proxy(b)
print(p.items, p.total())
p.extra = 5
print(b.extra)
del b
try:
    p.items
except ReferenceError as e:
    print("ReferenceError:", e)
