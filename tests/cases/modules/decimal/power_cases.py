from decimal import Decimal as D, InvalidOperation, localcontext
print(D(2) ** 100, D("1.5") ** 3, D("1.00") ** 3, D(10) ** -2, D("0.5") ** -2, D("2.0") ** -2, D("-2") ** 3, D(-2) ** 2, D(3) ** -1)
print(D("-0") ** 3, D("-0") ** -3, D("-Inf") ** 3, D("-Inf") ** -2, D(1) ** D("Inf"), D("0.5") ** D("Inf"), D(2) ** D("-Inf"), D("Inf") ** 0, D(0) ** 5)
print(pow(D(3), 4, 5), pow(D(-7), 3, 10), pow(D(2), 100, 1000), D(1) ** -5, D("1.000") ** 1000)
for f in [lambda: D(0) ** 0, lambda: D(0) ** -1, lambda: D(-2) ** D("0.5"), lambda: pow(D("1.5"), 2, 3), lambda: D(10) ** 1000000]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with localcontext(prec=10):
    print(D(7) ** 25, D("1.0001") ** 10000, D(2) ** D("0.1"))
