from decimal import *
D = Decimal
c = Context(prec=5, Emin=-10, Emax=10, traps=[])
for op in [lambda: c.multiply(D("9.9999E+10"), 10), lambda: c.divide(D("1E-10"), 100), lambda: c.divide(D("1E-10"), D("1E+10")), lambda: c.create_decimal("1.23456E-12"), lambda: c.create_decimal("12345678E+5"), lambda: c.add(D("9.99999E+10"), 0)]:
    c.clear_flags()
    r = op()
    print(repr(r), [k.__name__ for k, v in c.flags.items() if v])
for rounding in [ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN]:
    c2 = Context(prec=3, Emax=5, Emin=-5, rounding=rounding, traps=[])
    print(rounding, c2.multiply(D("9E+5"), 100), c2.multiply(D("-9E+5"), 100), c2.divide(D("1E-5"), 1000))
c3 = Context(prec=4, Emax=6, clamp=1, traps=[])
print(c3.create_decimal("1E+6"), c3.create_decimal("1.5E+5"), c3.normalize(D("1000000")), c3.Etop())
D_ = Decimal
print(D_("1E-1000026").next_minus() if False else Decimal(1).scaleb(-1000027, Context(traps=[])))
