s = {1, 2, 3}
print(s.union(), s.intersection(), s.difference(), s.union("ab", [4]), s.intersection([2, 3], (3,)), s.difference(range(2)), s.symmetric_difference({3: "k"}))
print(s.issubset(x for x in range(5)), s.issuperset(iter([1])), s.isdisjoint(iter([])))
s2 = set(s)
s2.update(), s2.update(range(5, 7), {10: 1})
print(s2)
for f in [lambda: s.union(5), lambda: s.update(None), lambda: s.issubset(3), lambda: s.symmetric_difference([1], [2])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
