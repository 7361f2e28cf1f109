import math
inf, nan = math.inf, math.nan
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf), math.tanh(-inf), math.copysign(1, nan), math.fabs(-inf), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.isnan(math.fmod(inf, 1) if False else math.sin(nan)), math.fmod(1, inf), math.floor(-0.0), math.copysign(0.0, -1), math.sqrt(-0.0), math.atan2(-0.0, 0.0))
for f in [lambda: math.sin(inf), lambda: math.fmod(inf, 1), lambda: math.cos(-inf)]:
    try:
        print(f())
    except ValueError as e:
        print(e)
print(math.nextafter(0.0, 1.0), math.ulp(0.0), math.ulp(math.inf), math.ulp(-1.0), math.nextafter(1.0, 1.0))
