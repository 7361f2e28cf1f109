import cmath
for z in [complex(-1, 0.0), complex(-1, -0.0), complex(0, 2), complex(0, -2), complex(2, 0.0), complex(2, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z), cmath.acos(z), cmath.atan(z) if z.real != 0 else "-")
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(-2j), cmath.rect(1, cmath.pi))
