import sys

sys.setrecursionlimit(60000)


def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(50000))


def build(n):
    return [] if n == 0 else [build(n - 1)]


nested = build(20000)
d = 0
while nested:
    nested = nested[0]
    d += 1
print(d)
