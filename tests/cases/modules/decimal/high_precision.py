from decimal import Decimal as D, localcontext, getcontext
with localcontext(prec=100):
    print(D(1) / 7)
    print(D(2).sqrt())
    print(D(1).exp())
    print(D(10).ln())
    print(D(3) ** D("0.5"))
    print(D(2) ** 300)
getcontext().prec = 3
print(D("3.14159") + 0, D(2) / 3, D("123456") * 1, D("0.0012345") * 1, D(999) + 1, D("9.995") + 0)
getcontext().prec = 28
