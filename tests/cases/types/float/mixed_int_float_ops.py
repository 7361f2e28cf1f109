# Arithmetic between floats and ints: signed zeros, infinities, NaN, division by zero, bools,
# subclasses and ints too large for a double's exact range, plain and in-place.
import math

inf = float("inf")
nan = float("nan")
values = [0, -0.0, 0.0, 1, -3, 2.5, -2.5, inf, -inf, 2**53 + 1, 10**20, True, False]
for a in values:
    for b in values:
        row = []
        for name, op in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
                         ("*", lambda x, y: x * y), ("/", lambda x, y: x / y)):
            try:
                r = op(a, b)
                row.append(f"{name}{r!r}:{type(r).__name__}" + ("-" if isinstance(r, float) and math.copysign(1, r) < 0 else ""))
            except ZeroDivisionError as e:
                row.append(f"{name}ZeroDivisionError({e})")
            except OverflowError as e:
                row.append(f"{name}OverflowError({e})")
        print(repr(a), repr(b), " ".join(row))

x = 3
x /= 2.0
y = 1.5
y *= 4
y -= 1
y += True
print(x, y, nan + 1, 1 - nan, 0 * inf, inf - inf)


class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __rtruediv__(self, other):
        return "F.__rtruediv__"


class I(int):
    def __mul__(self, other):
        return "I.__mul__"


print(F(1.5) + 2, 2 + F(1.5), 2 / F(1.5), 2.0 / F(1.5), I(3) * 2.0, 2.0 * I(3))
for a, b in ((1.0, 0), (1, 0.0), (0.0, 0.0), (-0.0, 0)):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
