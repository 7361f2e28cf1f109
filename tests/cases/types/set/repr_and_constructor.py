print(set(), frozenset(), {1}, frozenset({1}), set("aab") == {"a", "b"}, set({1: 2}), set(range(3)), frozenset(frozenset([1])), repr(set()), str(frozenset()))
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([2]), S(), F(), repr(S([3])), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs.copy() is fs, F(fs) is fs)
s = set()
s.add(s.__class__.__name__)
print(s)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
