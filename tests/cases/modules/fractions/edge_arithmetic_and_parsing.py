from fractions import Fraction as F
print(F(3, 4) ** 0, F(-3, 4) ** 3, F(-3, 4) ** -3, 2 ** F(1, 2), F(1, 2) ** 2.0, 4 ** F(2), F(2, 3) % 1, -F(7, 3) // 2, divmod(-F(7, 3), F(1, 2)))
print(F(1, 3) + 0.5j if False else 0, F(7, 3) - 1, 1 - F(7, 3), 3 / F(2, 5), F(1, 3) < 1, 1 > F(1, 3), F(1, 3) == F(2, 6), F(0) == 0.0, bool(F(0)), F(5, 2).__round__(), round(F(-5, 2)), round(F(1234, 10), -1))
print(hash(F(-1)), hash(F(1, 3)) == hash(1 / 3), F("1.5e3"), F("-.5"), F("+3/6"), F.from_float(-2.5), F(1, 3).limit_denominator(2), F(22, 7).limit_denominator(6))
for bad in ["1/", "/2", "1.2.3", "e5", "1e", " ", "1/-2", "0x10"]:
    try:
        F(bad)
    except ValueError as e:
        print(e)
print(F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate(), complex(F(1, 2)), int(F(-1, 2)), F(10) / F(4), type(F(3) // F(2)).__name__, F(3, 1) == 3, {F(1, 2): 1}[0.5])
import copy, math
print(copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)), math.floor(F(-1, 3)), math.ceil(F(-1, 3)), math.trunc(F(-4, 3)))
