from decimal import Context, localcontext, getcontext
def attempt(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
def setter(name, value):
    def f():
        setattr(Context(), name, value)
    return f
for name, value in [("prec", 0), ("prec", "x"), ("prec", 1.5), ("rounding", "nope"), ("Emin", 1), ("Emax", -1), ("capitals", 2), ("clamp", 3), ("prec", 10 ** 19)]:
    attempt(setter(name, value))
attempt(lambda: Context(prec=-1))
attempt(lambda: localcontext(foo=1))
attempt(lambda: localcontext(prec=0))
attempt(lambda: Context().add(1, 1.5))
attempt(lambda: Context().add(1, "1"))
attempt(lambda: getcontext().foo)
c = Context(prec=6)
print(c.add(1, 2), c.divide(1, 7), c.power(2, 10), c.sqrt(2), c.create_decimal("3.14159265"), c.create_decimal_from_float(0.1), c.to_sci_string(c.create_decimal("1E+2")))
print(c.abs(-3), c.minus(3), c.plus(-0), c.multiply(3, 4), c.subtract(1, 3), c.divide_int(7, 2), c.remainder(7, 2), c.remainder_near(7, 4), c.divmod(7, 2), c.fma(2, 3, 4))
print(c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.is_zero(0), c.is_signed(-1), c.number_class(0), c.logb(1000), c.scaleb(1, 3), c.exp(1), c.ln(2), c.log10(3), c.quantize(1, 3) if False else c.quantize(c.create_decimal("1.2345"), c.create_decimal("0.01")))
