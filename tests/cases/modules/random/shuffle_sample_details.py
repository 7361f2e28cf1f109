import random
r = random.Random(1234)
for n in [0, 1, 2, 5, 10]:
    x = list(range(n))
    r.shuffle(x)
    print(n, x)
print(r.sample(range(10 ** 9), 5), r.sample(range(5), 5), r.sample([1, 2, 3], 0), sorted(r.sample(range(20), 20)) == list(range(20)))
s = list("abcdef")
r.shuffle(s)
print(s, r.sample(sorted({3, 1, 2}), 2), r.sample("ab", counts=[2, 3], k=4))
