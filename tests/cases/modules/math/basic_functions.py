import math
print(math.sqrt(2), math.sqrt(16), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(3), math.ceil(2 ** 70 + 0.0) == 2 ** 70, type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.remainder(5, 2), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308))
print(math.pow(2, 10), math.pow(0, 0), math.pow(-8, 1 / 3) if False else math.pow(2, -1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.cbrt(27) if hasattr(math, "cbrt") else "no cbrt", math.degrees(math.pi), math.radians(180), math.ulp(1.0), math.nextafter(1.0, 2.0))
