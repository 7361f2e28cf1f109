a = [5, 2, 8, 1, 9, 3]
r = a.sort()
print(r, a)
a.sort(reverse=True)
print(a)
a.sort(key=None, reverse=False)
print(a)
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((3, 1, 2), reverse=True), sorted([]), sorted([1]))
print(sorted([3.5, 1, 2.25, -1, True, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
import random
r = random.Random(5)
big = [r.randrange(1000) for _ in range(300)]
s = sorted(big)
print(s[:10], s[-10:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), sorted(big, reverse=True)[:5])
