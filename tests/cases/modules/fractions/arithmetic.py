from fractions import Fraction as F
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(F(-2, 5)), a ** 2, a ** -2, F(4, 9) ** F(1, 2), divmod(F(7, 2), F(1, 3)))
print(F(6, 8), F(-6, 8), F(6, -8), F(0, 5), F(5), F("3/7"), F(" -1.25 "), F("1e-2"), F(0.5), F(0.1), F(1.1).limit_denominator(10), F(3.14159).limit_denominator(100))
print(a + 1, 1 + a, a + 0.5, a * 1j if False else a == F(2, 6), a < b, a == 1 / 3, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 2))
print(repr(a), str(a), a.numerator, a.denominator, a.as_integer_ratio(), int(F(-7, 2)), float(a), F(10, 4).limit_denominator(1), math_floor := __import__("math").floor(F(-7, 2)))
for f in [lambda: F(1, 0), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(float("inf")), lambda: a / 0]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
