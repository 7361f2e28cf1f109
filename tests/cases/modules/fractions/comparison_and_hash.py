from fractions import Fraction as F
vals = [F(1, 3), F(2, 6), 0.3333333333333333, F(1, 2), 0.5, 1, F(2, 2), True]
for a in vals[:4]:
    print(repr(a), [a == b for b in vals], [a < b for b in vals if not isinstance(b, bool)][:3])
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(10 ** 20, 3)), hash(F(7)) == hash(7), hash(F(1, 2 ** 61 - 1)))
print(sorted([F(1, 3), 0.3, F(1, 4), 1, F(-1, 2)]), max(F(1, 3), 0.34), F(1, 3) == 1 / 3, F(1, 2) == 0.5)
