class V:
    def __init__(self, *c):
        self.c = c

    def __repr__(self):
        return f"V{self.c}"

    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))

    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))

    def __mul__(self, k):
        return V(*(a * k for a in self.c))

    def __truediv__(self, k):
        return V(*(a / k for a in self.c))

    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))

    def __mod__(self, k):
        return V(*(a % k for a in self.c))

    def __pow__(self, k):
        return V(*(a**k for a in self.c))

    def __neg__(self):
        return V(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __abs__(self):
        return sum(a * a for a in self.c)

    def __invert__(self):
        return V(*reversed(self.c))

    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))


a, b = V(1, 2), V(3, 5)
print(a + b, b - a, a * 3, b / 2, b // 2, b % 2, a**2)
print(-a, +a, abs(b), ~b, a @ b)
