for n in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61), 2**64, 10**30, -(10**30), 2**100 + 5]:
    print(n if n < 10**10 else "big", hash(n))
print(hash(True), hash(False), hash(-1) == hash(-2))
