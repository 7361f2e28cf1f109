from decimal import *
c = getcontext()
def show(label, f):
    c.clear_flags()
    try:
        r = repr(f())
    except DecimalException as e:
        r = type(e).__name__
    print(label, r, [k.__name__ for k, v in c.flags.items() if v])
show("1/3", lambda: Decimal(1) / Decimal(3))
show("1/4", lambda: Decimal(1) / 4)
show("big+", lambda: Decimal("1E+30") + Decimal("0E-10"))
show("plus", lambda: +Decimal("1.23456789012345678901234567890"))
show("float", lambda: Decimal(0.1))
show("sub", lambda: Decimal("1e-1000000") / 10)
show("under", lambda: Decimal("1e-1000000") / Decimal("1e30"))
show("exact", lambda: Decimal("2.50") * 4)
show("sqrt", lambda: Decimal(16).sqrt())
show("sqrt2", lambda: Decimal(2).sqrt())
show("pow", lambda: Decimal(2) ** 100)
show("pow half", lambda: Decimal(4) ** Decimal("0.5"))
show("exp0", lambda: Decimal(0).exp())
show("ln1", lambda: Decimal(1).ln())
show("clamp", lambda: Context(prec=3, Emax=5, clamp=1).create_decimal("1E+5"))
show("tointexact", lambda: Decimal("2.5").to_integral_exact())
show("tointvalue", lambda: Decimal("2.5").to_integral_value())
show("eq float", lambda: Decimal(1) == 1.0)
show("lt float", lambda: Decimal(1) < 1.5)
