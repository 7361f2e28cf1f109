class Bits:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Bits({self.v:#b})"

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __rlshift__(self, n):
        return f"{n} << Bits"


a, b = Bits(0b1100), Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, 1 << a)
print(1 << 100, -1 >> 5, 7 & -8, 5 ^ -1, ~0)
