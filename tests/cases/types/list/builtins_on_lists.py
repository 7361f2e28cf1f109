a = [3, 1, 4, 1, 5, 9, 2, 6]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)), any(x > 8 for x in a), all(a), list(enumerate(a))[:3], list(zip(a, a[1:]))[:3])
print(list(map(str, a)), list(filter(lambda x: x % 2, a)), a.count(1), a.index(5), 9 in a, 10 not in a)
print(sorted(a, reverse=True)[:3], sorted(set(a)), list(dict.fromkeys(a)), [x for x in a if a.count(x) > 1])
