# iter() of built-in containers, iterators, generators, subclasses and objects with __iter__,
# __getitem__ or neither.
class L(list):
    def __iter__(self):
        return iter("sub")
class G:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
class I:
    def __iter__(self):
        return iter((9, 8))
def gen():
    yield 1
it = iter([1, 2])
for x in [[1, 2], (3,), "ab", {"k": 1}, {5}, frozenset({6}), range(3), L([1]), G(), I(), gen(), it, iter(it), b"xy", bytearray(b"z"), {}.items(), enumerate("a"), zip("a", "b")]:
    i = iter(x)
    print(type(x).__name__, type(i).__name__, i is x, list(i))
print(iter(it) is it)
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print(e)
try:
    iter()
except TypeError as e:
    print(e)
try:
    iter([1], x=1)
except TypeError as e:
    print(e)
b = bytearray(b"ab")
i = iter(b)
print(next(i), i.__length_hint__())
b.append(99)
print(i.__length_hint__(), list(i), list(i), i.__length_hint__())
b2 = bytearray(b"xyz")
j = iter(b2)
next(j)
del b2[:]
print(list(j), type(j).__name__, type(iter(b"q")).__name__, iter(b"q").__length_hint__())
for v in bytearray(b"\x00\xff"):
    print(v)
print(list(reversed(bytearray(b"ab"))), sorted(bytearray(b"cab")), [*bytearray(b"hi")])
