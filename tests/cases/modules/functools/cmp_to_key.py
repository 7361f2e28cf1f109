import functools
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(b, a)
words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_rev)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), sorted([3, 1, 2], key=K), max([3, 9, 1], key=K))
try:
    hash(K(1))
except TypeError as e:
    print(e)
