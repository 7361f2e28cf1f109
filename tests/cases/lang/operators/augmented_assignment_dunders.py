class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.append(other)
        return self

    def __add__(self, other):
        print("__add__", other)
        return "plain add result"


class NoInplace:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return NoInplace(self.v + other)


a = Acc()
orig = a
a += 1
print(a is orig, a.items)
n = NoInplace(1)
orig = n
n += 5
print(n is orig, n.v)


class ReturnsOther:
    def __imul__(self, k):
        return "something else"


r = ReturnsOther()
r *= 3
print(r)
