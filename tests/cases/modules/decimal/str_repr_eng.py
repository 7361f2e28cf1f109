from decimal import Decimal, getcontext
vals = ["0", "0.00", "0E+7", "0E-9", "123", "-123.45", "1E+5", "1.23E+5", "123E-10", "1E-6", "1E-7", "0.000001", "0.0000001", "12.5E+3", "1234567E-2", "-0E-3", "5E-12", "Infinity", "-NaN7", "sNaN"]
for v in vals:
    d = Decimal(v)
    print(v, str(d), d.to_eng_string(), repr(d))
getcontext().capitals = 0
print(str(Decimal("1E+10")), repr(Decimal("-1.5E-20")), Decimal("1E+3").to_eng_string())
getcontext().capitals = 1
print(f"{Decimal('1.10')}", "%s %r" % (Decimal("2.0"), Decimal("3E2")), [Decimal("1.0"), Decimal("-2")])
