import random
r = random.Random(11)
ok = 0
for _ in range(500):
    a = r.randint(-(2 ** 80), 2 ** 80)
    b = r.randint(-(2 ** 80), 2 ** 80)
    ok += (a & b) + (a | b) == a + b
    ok += (a ^ b) == (a | b) - (a & b)
    ok += ~a == -a - 1
    ok += (a >> 3) == a // 8
    ok += (a << 5) == a * 32
print(ok)
print([(x, x & -x, x.bit_length(), (x & -x).bit_length()) for x in [12, 40, -96, 2 ** 70 + 2 ** 33]])
