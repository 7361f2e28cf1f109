from decimal import Decimal, InvalidOperation
for s in ["1.50", "-0", "-0.00e-3", "  7  ", "1_000.000_1", "+.5", "5.", "1E+2", "1e-7", "inf", "-Infinity", "nan", "NaN123", "-sNaN0012", "sNaN", "0E+5", "\u0661\u0662.\u0663", "12345678901234567890.123456789"]:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())
for bad in ["", "abc", "1e", "1..2", "1 0", "Infinit", "--1", "0x10", "1e1.5"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
