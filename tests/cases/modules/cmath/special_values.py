import cmath, math
inf, nan = math.inf, math.nan
for z in [complex(inf, 0), complex(-inf, 0), complex(0, inf), complex(inf, inf), complex(nan, 0), complex(0, nan), complex(inf, nan)]:
    row = []
    for f in [cmath.exp, cmath.sqrt, cmath.log, cmath.isinf, cmath.isnan, cmath.isfinite, abs]:
        try:
            row.append(str(f(z)))
        except ValueError as e:
            row.append("ValueError")
    print(z, " ".join(row))
for f in [lambda: cmath.sqrt(complex(1e308, 1e308)), lambda: cmath.exp(complex(710, 0)), lambda: cmath.log(0j), lambda: cmath.log(1, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
