from fractions import Fraction as F
from decimal import Decimal
print(F(Decimal("1.25")), F(F(1, 2), F(1, 3)), F(2 ** 100, 3 ** 50), F(-0.0), F("  7  "), F("1_000/3"), sorted([F(1, 2), F(1, 3), 0.4]))
print(F(1, 3).__format__("") if hasattr(F, "__format__") else "-", f"{F(1, 3)}", "%s" % F(5, 10), F(7, 3).__floor__(), F(7, 3).__ceil__(), F(7, 3).__trunc__())
print(F(1, 2) ** 0.5, F(-8) ** F(1, 3) if False else F(2) ** 10, F(1, 2).is_integer() if hasattr(F, "is_integer") else "-")
