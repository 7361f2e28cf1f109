# cmath on arguments where a double-precision libm can be a unit off in the last place: each
# result is built from the C library's exp, log, sin, cos, atan2, sinh, ... and must match it.
import cmath

zs = [complex(0.686173916648, -2.35458135249), complex(2.87470341328, 0.617951155462),
      complex(-0.517311091776, 7.8239184701), complex(-5.82388341232, 0.457585097038),
      complex(2.5, 2.5), complex(-1.5, 0.25), complex(0.0625, -3.0), complex(12.5, -0.75)]
for name in ["exp", "log", "log10", "sqrt", "sin", "cos", "tan", "sinh", "cosh", "tanh",
             "asin", "acos", "atan", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in zs])
print([cmath.phase(z) for z in zs])
print([cmath.polar(z) for z in zs])
print([cmath.rect(abs(z), z.imag) for z in zs])
print([z ** 0.5 for z in zs], [z ** (1 + 1j) for z in zs[:4]], (1 + 1j) ** (1 - 1j), 2 ** 1j)
