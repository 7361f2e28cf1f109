from decimal import Decimal as D, localcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for prec in [1, 6]:
    for mode in modes:
        with localcontext(prec=prec, rounding=mode):
            print(prec, mode, D(1) / 3, D(2) / 3, D(-2) / 3, +D("2.5"), +D("-2.5"), +D("1.05"), D("123456789") * 3, D(10) / 7)
with localcontext() as c:
    c.prec = 50
    print(D(1) / 7, D(2).sqrt(), D("1234567890.0987654321") * D("9876543210.0123456789"))
