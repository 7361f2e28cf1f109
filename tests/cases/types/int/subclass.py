class Money(int):
    def __repr__(self):
        return f"Money({int(self)})"
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), m + 3, 3 + m, type(3 + m).__name__, m * 2, type(m * 2).__name__)
print(isinstance(m, int), int(m), type(int(m)).__name__, m == 5, hash(m) == hash(5))
class Named(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
n = Named(42, "answer")
print(n, n.name, n + 1, -n, abs(Named(-3, "x")), str(n), f"{n:04d}")
print(Named.__mro__[1].__name__, int.__mro__)
