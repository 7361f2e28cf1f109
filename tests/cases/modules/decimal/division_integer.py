from decimal import Decimal as D, Context, DivisionImpossible, InvalidOperation
vals = ["7", "-7", "7.5", "-0.5", "100", "1E+3", "0.001", "0"]
for a in vals:
    row = []
    for b in ["2", "-3", "0.3", "7"]:
        x, y = D(a), D(b)
        row.append((str(x // y), str(x % y), str(x.remainder_near(y))))
    print(a, row)
c = Context(prec=4, traps=[])
print(c.divide_int(D("123456"), 7), c.remainder(D("123456"), 7), c.divmod(D(10), 3), c.divide(D(10), 3))
for f in [lambda: D(5) % 0, lambda: D(5) // 0, lambda: D(0) % 0, lambda: divmod(D(1), D(0)), lambda: D("1e30") // 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
