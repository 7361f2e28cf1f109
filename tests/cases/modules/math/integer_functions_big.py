import math
print(math.factorial(30), math.comb(60, 30), math.perm(20, 10), math.isqrt(10 ** 100 + 1), math.gcd(math.factorial(20), 2 ** 30), math.lcm(*range(1, 21)))
print(math.comb(10 ** 4, 3), math.perm(10 ** 4, 2), len(str(math.factorial(1000))), math.factorial(1000) % (10 ** 9 + 7))
print(math.isqrt(2 ** 2000) == 2 ** 1000, math.isqrt(2 ** 2001) ** 2 <= 2 ** 2001 < (math.isqrt(2 ** 2001) + 1) ** 2)
