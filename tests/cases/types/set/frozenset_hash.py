for fs in [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({2, 1}), frozenset("ab"), frozenset({(1, 2)}), frozenset({frozenset({1})}), frozenset(range(100)), frozenset({-1, -2})]:
    print(sorted(fs, key=repr)[:5], hash(fs))
print(hash(frozenset({1, 2})) == hash(frozenset([2, 1])), {frozenset({1}): "x"}[frozenset([1])])
try:
    hash({1})
except TypeError as e:
    print(e)
print({frozenset({1, 2}), frozenset({2, 1}), frozenset()})
