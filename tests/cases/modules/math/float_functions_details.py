import math
print(math.frexp(0.0), math.frexp(-1e-310), math.frexp(1e308), math.ldexp(1, -1074), math.ldexp(1.5, 1023), math.modf(2.5), math.modf(-0.0), math.modf(math.inf))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 2), math.remainder(-7, 4), math.remainder(6, 4), math.remainder(10, 4))
print(math.copysign(1, -0.0), math.copysign(math.inf, -1), math.copysign(0.0, -0.0), math.fabs(-0.0), math.trunc(-0.9), math.trunc(2 ** 70 + 0.5))
print(math.exp(-745), math.exp(-746), math.exp(709), math.log(5e-324), math.log1p(-0.5), math.expm1(-40), math.sqrt(5e-324))
