M = 2 ** 61 - 1
for n in [M - 1, M, M + 1, 2 * M, 2 * M + 1, -M, -M - 1, -(M + 1), -1, -2, M * (2 ** 64), -(2 ** 200), 3 ** 100, -(3 ** 100)]:
    print(hash(n), hash(n) == hash(n % M if n >= 0 else -((-n) % M)) or "special")
