from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, getcontext, Context
print(D("7.325").quantize(D(".01")), D("7.325").quantize(D(".01"), rounding=ROUND_HALF_UP), D("7.325").quantize(D("1."), ROUND_CEILING))
print(D("1.41421356").quantize(D("1.000")), D("123.456").quantize(D("1E+1")), D("-0.5").quantize(D("1")), D("1").quantize(D("0.0001")), D("2.5").quantize(D(1)), D("3.5").quantize(D(1)))
print(D("Inf").quantize(D("Inf")), D("NaN").quantize(D(1)), D(0).quantize(D("1e-5")), D("-0").quantize(D("1E+3")))
for a, b in [("1e30", "1e-5"), ("Inf", "1"), ("1", "Inf"), ("123", "1e-30")]:
    try:
        print(D(a).quantize(D(b)))
    except InvalidOperation as e:
        print(a, b, type(e).__name__, e)
getcontext().clear_flags()
D("1.0").quantize(D(1))
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
getcontext().clear_flags()
D("1.05").quantize(D("0.1"))
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
print(D("123.456").quantize(D("0.01"), context=Context(prec=4, traps=[])), D("1.2345").quantize(D("0.001"), ROUND_DOWN))
print(D("1.23").same_quantum(D("4.56")), D("1.2").same_quantum(D("1.23")), D("NaN").same_quantum(D("NaN")), D("Inf").same_quantum(D("1")))
print(round(D("2.675"), 2), round(D("2.5")), round(D("3.5")), round(D("-2.5")), round(D("1234.5678"), -2), round(D("0.125"), 2), type(round(D("1.5"))).__name__, round(D("1.5"), 0))
