# Membership, add, discard and remove on sets, lists, tuples and dicts whose keys mix values
# compared without Python code (int, str, float) and objects whose __eq__ runs: the calls to
# __eq__ and __hash__, their order and the results are those of CPython.
class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return self.h

    def __eq__(self, other):
        print("eq", self.name, other if not isinstance(other, Key) else other.name)
        return isinstance(other, int) and other == self.h

    def __repr__(self):
        return f"Key({self.name})"


s = {1, 2, "a", 3.5}
print(1 in s, 1.0 in s, True in s, 2.0 in s, "a" in s, "b" in s, 3.5 in s, 4 not in s)
k = Key(7, "k7")
s.add(k)
print(7 in s, 8 in s, "x" in s)
s.add(7)
print(sorted(map(repr, s)))
s.discard(7)
s.discard(99)
print(len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s.add(k)
s.remove(k)
print(k in s, len(s))
nan = float("nan")
s.add(nan)
print(nan in s, float("nan") in s)
fs = frozenset([1, 2, 3])
print(2 in fs, 2.0 in fs, 5 in fs)

lst = [1, "b", 2.5, Key(9, "k9"), 4]
print(1 in lst, 2.5 in lst, "b" in lst)
print(4 in lst)
print(9 in lst)
print(10 not in lst)
t = (nan, 3)
print(nan in t, 3.0 in t, 4 in t)

d = {1: "a", "x": 2}
print(1.0 in d, "x" in d, "y" in d)
d[Key(5, "k5")] = 0
print(5 in d, 6 in d)
print("ab" in "cabd", "" in "x", "z" not in "abc")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError", e)
try:
    print([1] in {1, 2})
except TypeError as e:
    print("TypeError", e)
print({1} in {frozenset({1}), 2})


class MySet(set):
    def __contains__(self, x):
        print("contains", x)
        return True


print(5 in MySet([1]))
