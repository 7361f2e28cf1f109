import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 6), start=10), math.prod(["a"], start=3) if False else math.prod([[1]], start=1) if False else math.prod([1j, 1j]))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 101), math.isqrt(True))
for f in [lambda: math.isqrt(-1), lambda: math.isqrt(2.0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print(e)
