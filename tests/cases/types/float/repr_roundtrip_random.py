import random, struct
r = random.Random(2024)
ok = 0
out = []
for i in range(2000):
    bits = r.getrandbits(64)
    x = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if x != x:
        continue
    s = repr(x)
    ok += float(s) == x
    if i % 100 == 0:
        out.append(s)
print(ok, out)
