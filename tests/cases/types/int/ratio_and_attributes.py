for n in [0, 7, -7, 10**30, True]:
    print(n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.numerator).__name__, type(True.real).__name__, type(True.conjugate()).__name__)
print(type((5).as_integer_ratio()[0]).__name__)
class Sub(int):
    pass
s = Sub(9)
print(type(s.real).__name__, type(s.numerator).__name__, type(s.conjugate()).__name__)
print(int.__abs__(-4), int.__neg__(4), int.__pos__(-4), int.__invert__(4))
