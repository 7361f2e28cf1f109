import random
r = random.Random(2024)
print([r.getrandbits(k) for k in [0, 1, 8, 31, 32, 33, 64, 100]])
print([r.randrange(10) for _ in range(10)], [r.randrange(5, 50, 5) for _ in range(8)], [r.randrange(-10, 10) for _ in range(8)], [r.randrange(100, 0, -7) for _ in range(5)])
print([r.randint(1, 6) for _ in range(15)], r.randrange(2 ** 100), r.randint(-(10 ** 30), 10 ** 30))
for f in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0), lambda: r.randint(5, 1), lambda: r.getrandbits(-1), lambda: r.randrange(1.5), lambda: r.randrange(10, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
