from decimal import Decimal, getcontext, FloatOperation
print(repr(Decimal(0)), repr(Decimal(-42)), repr(Decimal(10 ** 30)), repr(Decimal(True)), repr(Decimal()))
print(repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(1e300)), repr(Decimal(float("inf"))), repr(Decimal(float("nan"))))
print(repr(Decimal.from_float(2.5)), repr(Decimal.from_float(7)), repr(Decimal(Decimal("1.20"))))
print(repr(Decimal((0, (1, 2, 3), -2))), repr(Decimal((1, [4, 5], 3))), repr(Decimal((0, (), "F"))), repr(Decimal((1, (7,), "n"))), repr(Decimal((0, (0, 0, 1), 0))))
getcontext().clear_flags()
Decimal(0.5)
print(getcontext().flags[FloatOperation])
for bad in [1j, None, [1, 2], (0, (1,), "x"), (2, (1,), 0), (0, (10,), 0), "1.5".encode()]:
    try:
        Decimal(bad)
    except Exception as e:
        print(type(e).__name__, e)
class MyDec(Decimal):
    pass
m = MyDec("3.5")
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__)
