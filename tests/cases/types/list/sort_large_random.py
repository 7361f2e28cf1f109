import random
r = random.Random(12345)
data = [r.randint(-1000, 1000) for _ in range(2000)]
s1 = sorted(data)
print(s1[:8], s1[-8:], s1[1000])
pairs = [(r.randint(0, 5), i) for i in range(500)]
s2 = sorted(pairs, key=lambda p: p[0])
print(all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]))
strs = ["".join(r.choice("abc") for _ in range(r.randint(0, 4))) for _ in range(300)]
print(sorted(strs)[:10], sorted(strs, key=len)[-3:], sorted(set(strs))[:12])
fl = [r.random() * 100 - 50 for _ in range(200)]
print(sorted(fl)[:3], sorted(fl, reverse=True)[:3])
