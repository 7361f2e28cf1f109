import bisect
words = sorted(["apple", "banana", "cherry", "date", "fig"])
for w in ["a", "banana", "coconut", "zebra"]:
    print(w, bisect.bisect_left(words, w), bisect.bisect_right(words, w))
data = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(data, (3,)), bisect.bisect_left(data, (3, "z")), bisect.bisect(data, 4, key=lambda t: t[0]))
l = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(l, x)
print(l)
try:
    bisect.insort(None, 1)
except TypeError as e:
    print(e)
