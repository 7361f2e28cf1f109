a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a >= {1}, {1} < a, a < a, a == {4, 3, 2, 1}, a != b)
print(a.union(b, [9]), a.intersection(b, range(4)), a.difference([1], (2,)), a.symmetric_difference("ab" if False else [4, 9]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b), set().issubset(a))
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__, {1} == frozenset({1}))
for f in [lambda: a | [1], lambda: a & "x", lambda: a - None, lambda: a < [1]]:
    try:
        print(f())
    except TypeError as e:
        print(e)
