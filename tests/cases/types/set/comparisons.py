a = {1, 2}
print(a < {1, 2, 3}, a <= {1, 2}, a > {1}, a >= set(), a == {2, 1}, a != frozenset({1, 2}), {1} < {2}, {1} > {2}, {1} == {1.0}, {0} == {False})
print(sorted([{3}, {1}, {2}], key=min), max([{1}, {1, 2}], key=len))
print(frozenset({1}) < {1, 2}, {1} <= frozenset({1}), a.__lt__([1, 2, 3]), a.__eq__([1, 2]))
