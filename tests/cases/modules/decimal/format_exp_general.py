from decimal import Decimal
vals = ["0", "1", "123.456", "-0.000123", "1E+5", "1.000", "9.9999", "12345678901234567890", "-1E-10"]
specs = ["e", ".3e", ".0e", "E", ".2E", "g", ".3g", ".1g", "G", ".10g", "%", ".1%", ".0%", "n", ".5", "15.4e", "<+12.2e"]
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
for v in ["Infinity", "-Infinity", "NaN"]:
    print(v, [format(Decimal(v), s) for s in ["", "f", ".2e", "%", "10", "010.2f", "<8"]])
for bad in ["x", ".f", "_", "#.2f", "d"]:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), e)
print(f"{Decimal('1234.5'):,.2f} {Decimal('0.1234'):.2%} {Decimal('-7'):05}")
