import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1e-16, 1, 1e-16]), math.fsum([float("inf"), 1]), math.fsum([2.0 ** 53, 1.0, 1.0]))
for f in [lambda: math.fsum([float("inf"), -float("inf")]), lambda: math.fsum([1e308, 1e308]), lambda: math.fsum(["a"])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print(e)
