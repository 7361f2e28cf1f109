import decimal
from decimal import *
def attempt(f):
    try:
        print(repr(f()))
    except DecimalException as e:
        print(type(e).__name__, e, [c.__name__ for c in type(e).__mro__[:3]])
attempt(lambda: Decimal(1) / 0)
attempt(lambda: Decimal(0) / 0)
attempt(lambda: Decimal("Inf") - Decimal("Inf"))
attempt(lambda: Decimal("1e999999") * 10)
attempt(lambda: Decimal("xyz"))
attempt(lambda: Decimal("1e30") // 3)
attempt(lambda: Decimal(-1).sqrt())
attempt(lambda: Decimal(0) ** 0)
with localcontext(traps=[Inexact, Rounded]):
    attempt(lambda: Decimal(1) / 3)
with localcontext() as c:
    c.traps[FloatOperation] = True
    attempt(lambda: Decimal(0.5))
    attempt(lambda: Decimal(1) < 1.5)
    print(Decimal(1) == 1.0)
with localcontext() as c:
    c.traps[InvalidOperation] = False
    print(Decimal(0) / 0, Decimal("abc"), Decimal("Inf") * 0, Decimal("sNaN") + 1, c.flags[InvalidOperation])
with localcontext(Emax=5, Emin=-5, prec=3, traps=[]) as c:
    print(Decimal("9999") * 100, Decimal("1e-7") / 10, Decimal("1.23e-6") * 1, c)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError), issubclass(FloatOperation, TypeError), issubclass(Underflow, Subnormal), issubclass(Overflow, Inexact), issubclass(ConversionSyntax, InvalidOperation))
try:
    Decimal(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
print([c.__name__ for c in Underflow.__mro__], Overflow.__module__)
