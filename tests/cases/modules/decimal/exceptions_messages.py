from decimal import Decimal as D, getcontext
tests = [
    lambda: D(1) + 1.5, lambda: 1.5 + D(1), lambda: D(1) * 1j, lambda: D(1) - "1", lambda: D(1) ** 2.0,
    lambda: D(1.5j), lambda: D(None), lambda: D(object()), lambda: D(1).quantize(1.5), lambda: D(1).foo,
    lambda: D(1).compare("2"), lambda: D("1").fma(1.5, 1), lambda: getcontext().prec.__class__("x"),
    lambda: D.from_float("1.5"), lambda: round(D(1), 1.5), lambda: D(1) < [1], lambda: divmod(D(1), 1.5),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
