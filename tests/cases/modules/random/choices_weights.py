import random
r = random.Random(7)
print(r.choices("abc", k=10))
print(r.choices("abc", weights=[10, 1, 1], k=10))
print(r.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=10))
print(r.choices([1, 2], [0, 1], k=5), r.choices("x"), r.choices("ab", k=0))
print(r.choices("abc", weights=[0.1, 0.2, 0.7], k=8))
for f in [lambda: r.choices("ab", weights=[1], k=1), lambda: r.choices("ab", weights=[1, 1], cum_weights=[1, 2]), lambda: r.choices("ab", weights=[0, 0]), lambda: r.choices([], k=1), lambda: r.choices("ab", weights=[1, float("inf")])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
