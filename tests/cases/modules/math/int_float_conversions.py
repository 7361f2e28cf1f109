import math
class F:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return "truncated"
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.floor(2 ** 100), math.ceil(-(2 ** 100)))
print(math.floor(1e300) == 10 ** 300, math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(True))
class I:
    def __index__(self):
        return 9
print(math.factorial(I()), math.isqrt(I()), math.gcd(I(), 6), math.comb(I(), 2))
print(math.isfinite(10 ** 300), math.sqrt(10 ** 300), math.log(10 ** 500), math.log2(2 ** 1000), math.log10(10 ** 400))
