import cmath
for z in [1 + 1j, -1, 1j, 0.5 - 2j]:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.phase(z), cmath.polar(z), abs(z))
print(cmath.rect(2, cmath.pi / 2), cmath.log(100, 10), cmath.log10(1000), cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5j))
print(cmath.asin(2), cmath.acos(2), cmath.atan(1j / 2), cmath.sinh(1j), cmath.acosh(0.5), cmath.atanh(2))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(complex(0, cmath.nan)), cmath.isclose(1 + 1j, 1.0000000001 + 1j), cmath.pi, cmath.e, cmath.tau, cmath.infj, cmath.nanj)
for f in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.atanh(1), lambda: cmath.exp(1000)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
