print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(10 ** 20, 7), pow(2, 10), pow(2, -1), pow(2, 10, 7), pow(-2, 3, 5), pow(2.0, 0.5))
print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(0.5), round(-0.5), round(1e300, -300))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
    def __divmod__(self, other):
        return "dm"
    def __rdivmod__(self, other):
        return "rdm"
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(round(R()), round(R(), 3), divmod(R(), 1), divmod(1, R()), pow(R(), 2), pow(R(), 2, 5), 2 ** R())
for f in [lambda: divmod("a", 1), lambda: round("x"), lambda: pow("a", 2), lambda: divmod(1, 0), lambda: pow(2, 2, 0), lambda: divmod()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
