for z in [0j, 1j, -1j, 1 + 0j, 1.5 + 2.5j, -3 - 7j, 1e100j, complex(float("inf"), 0), complex(0, float("inf")), complex(2 ** 62, 2 ** 62), complex(-1, 0), complex(0, -1)]:
    print(z, hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
