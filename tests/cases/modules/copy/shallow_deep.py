import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(98)
print(a, s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)
print(copy.copy(5), copy.deepcopy("s"), copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(None), copy.deepcopy(len) is len)
