from decimal import Decimal as D, localcontext
x = D(10 ** 5000 + 1)
s = str(x)
print(len(s), s[:5], s[-5:], x.adjusted(), len(x.as_tuple().digits), D("1" * 5000).adjusted(), D("1" * 5000) == int("1" * 1000) * 0 + D("1" * 5000))
print(D(2) ** 20000, +x, hash(x) == hash(10 ** 5000 + 1), format(x, ".3e"), D("9" * 4500 + "e-4400") > 0)
with localcontext(prec=5000):
    print(len(str(D(1) / 7)))
