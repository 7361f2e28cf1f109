class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Meters({self.v})"

    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", other)
        return self.__add__(other)

    def __rsub__(self, other):
        return Meters(other - self.v)

    def __rmul__(self, other):
        return Meters(other * self.v)


m = Meters(5)
print(m + 1)
print(1 + m)
print(10 - m, 3 * m)
print(sum([Meters(1), Meters(2)]))
try:
    m + "x"
except TypeError as e:
    print(e)
