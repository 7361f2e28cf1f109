# WeakSet operations make new weak sets; members dying remove themselves from all of them.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M%d" % self.n


items = [M(i) for i in range(6)]
a = weakref.WeakSet(items[:4])
b = weakref.WeakSet(items[2:])
u = a | b
i = a & b
d = a - b
print(len(u), len(i), len(d))
print(sorted(x.n for x in i), items[3] in i)
items[2] = None
print(len(u), len(i), len(d), sorted(x.n for x in a))
del items[:2]
print(len(u), len(a), sorted(x.n for x in d))
items.clear()
print(len(u), len(a), len(b), len(i), len(d))
more = [M(i) for i in range(4)]
x = weakref.WeakSet(more[:2])
y = weakref.WeakSet(more)
print(x <= y, x < y, y >= x, y > x, x.issubset(more), x.isdisjoint(more[2:]))
z = x ^ weakref.WeakSet(more[1:3])
print(sorted(m.n for m in z))
y -= x
print(sorted(m.n for m in y))
y &= more[3:]
print(sorted(m.n for m in y))
y ^= more[:1]
print(sorted(m.n for m in y))
more.clear()
print(len(x), len(y), len(z))
