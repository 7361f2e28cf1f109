import random
for seed in [0, -0, 1, -1, 2 ** 31, 2 ** 32, -(2 ** 32), 10 ** 20, "a", "é", b"a", bytearray(b"a"), "a" * 100]:
    r = random.Random(seed)
    print(repr(seed)[:12], r.random(), r.getrandbits(32), r.randrange(1000))
print(random.Random(5).random() == random.Random(-5).random(), random.Random("x").random() == random.Random(b"x").random())
