import math
for x in [2.0 ** -1074, 2.0 ** -1022, 2.0 ** 1023, -2.0 ** 1023, 1.0 / 3, math.pi, -math.e, 2.0 ** 61 - 2 ** 9, 2.0 ** 61, 2.0 ** 61 + 2 ** 10, 1e-10, 123456789.123456789]:
    print(repr(x), hash(x))
print(hash(float(2 ** 62)) == hash(2 ** 62), hash(0.1) == hash(1 / 10))
