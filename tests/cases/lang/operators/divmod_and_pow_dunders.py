class N:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, o):
        return ("divmod", self.v, o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)

    def __pow__(self, e, mod=None):
        return ("pow", self.v, e, mod)

    def __rpow__(self, b):
        return ("rpow", b, self.v)


print(divmod(N(7), 2), divmod(7, N(2)))
print(N(2) ** 3, pow(N(2), 3, 5), 2 ** N(3))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(pow(3, 4, 5), pow(2, -1, 7), pow(-2, 3))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print(e)
