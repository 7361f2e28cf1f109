import random
r = random.Random(99)
seq = list("abcdefghij")
print([r.choice(seq) for _ in range(10)], r.choice("xyz"), r.choice(range(1000)), r.choice((1, 2)))
s = list(range(20))
r.shuffle(s)
print(s)
print(r.sample(range(100), 10), r.sample("abcdef", 6), r.sample(seq, k=3), r.sample(["a", "b"], counts=[3, 2], k=5))
try:
    r.choice([])
except IndexError as e:
    print(e)
for f in [lambda: r.sample([1, 2], 3), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], -1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
