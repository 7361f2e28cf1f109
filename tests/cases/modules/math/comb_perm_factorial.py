import math
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5), math.factorial(0), math.factorial(20), len(str(math.factorial(500))))
for f in [lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial(2.5), lambda: math.comb("a", 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
