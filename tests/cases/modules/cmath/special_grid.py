import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.5, -0.0, 0.0, 0.5, 2.5, inf, nan]
def mk(x, y):
    # complex(x, y) built from parts through arithmetic on a complex zero keeps signed zeros
    return complex(x, 0.0) + complex(0.0, y) if y == y and y != 0 else complex(x, y)
names = ["exp", "sqrt", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh",
         "asin", "acos", "atan", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in vals:
        for y in [-inf, -2.5, 0.0, 0.5, inf, nan]:
            try:
                r = f(complex(x, y))
                row.append(repr((r.real, r.imag)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, " ".join(row))
for r in vals:
    row = []
    for phi in [-inf, -1.0, 0.0, 2.0, inf, nan]:
        try:
            z = cmath.rect(r, phi)
            row.append(repr((z.real, z.imag)))
        except ValueError as e:
            row.append("ValueError")
    print("rect", r, " ".join(row))
print(cmath.polar(complex(inf, nan)), cmath.polar(complex(nan, 1)), cmath.phase(complex(-inf, inf)))
