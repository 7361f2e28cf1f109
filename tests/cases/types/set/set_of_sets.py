try:
    {{1}}
except TypeError as e:
    print(e)
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({1, 2}) in s, {1, 2} in s, {3} in s)
s.remove({3})
print(s)
nested = frozenset({frozenset({frozenset()}), frozenset()})
print(nested, len(nested), hash(nested) == hash(frozenset({frozenset(), frozenset({frozenset()})})))
