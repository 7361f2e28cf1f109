import random
r = random.Random(77)
print([r.randrange(2 ** k) for k in [1, 10, 31, 32, 33, 53, 64, 100, 200]])
print([r.randint(0, 2 ** 64) for _ in range(3)], [r.choice(range(10 ** 18)) for _ in range(2)])
print(r.getrandbits(1000) % 10 ** 10, r.randbytes(5), r.random())
