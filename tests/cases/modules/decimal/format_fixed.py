from decimal import Decimal
vals = ["0", "-0", "1234.5678", "-0.005", "1E+3", "0.5", "123456789.987654321", "-1.5", "2.675"]
specs = ["", "f", ".2f", ".0f", ",", ",.2f", "10.3f", "<12.1f", "^14,.2f", "=+12.2f", "010.2f", "011,.2f", "+", " .1f", "z.1f", "*>10"]
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
