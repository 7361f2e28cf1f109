import math
print(math.dist([0, 0, 0], [1, 2, 2]), math.dist((1.5,), (-1.5,)), math.hypot(*range(10)), math.hypot(1e200, 1e200), math.hypot(-3), math.hypot(0, 0))
try:
    math.dist([1, 2], [1])
except ValueError as e:
    print(e)
print(math.prod([1.5] * 4), math.prod(range(1, 21)), math.prod([2, 3], start=0.5), math.fsum([0.1] * 10) == 1.0, math.fsum([1e16, 1.0, -1e16]))
