# list(), tuple() and range() of built-in arguments (made without type_call) and of everything
# else: results, types, identity, errors, and list sizes as list___init__ allocates them.
import sys

print(tuple(), tuple([1, 2]), tuple((3,)), tuple("ab"), tuple({1: 2}), tuple(range(3)), tuple({5}))
print(list(), list([1]), list("xy"), list(range(4)), list({1: 2}.items()), list(iter([7, 8])))
base = sys.getsizeof([])
for src in (range(5), [1, 2, 3], "abcdefghij", (1,) * 9, {1: 1, 2: 2, 3: 3}, set(range(7))):
    print(sys.getsizeof(list(src)) - base)


class T(tuple):
    pass


class L(list):
    pass


print(type(T([1])), type(L((1,))), L(range(2)))
t = (1, 2)
empty = ()
print(tuple(t) is t, tuple(empty) is empty, list(t) == [1, 2])
for bad in ((5,), (1, 2), ()):
    for ctor in (list, tuple):
        try:
            print(ctor(*bad))
        except TypeError as e:
            print(ctor.__name__, e)
try:
    list(x=1)
except TypeError as e:
    print(e)
d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
try:
    print(list(it))
except RuntimeError as e:
    print(e)
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), range(3), range(1, 5, 2))
for a in [(0,), (True,), (1.0,), ("3",), (1, 2, 0), (2**70,), (1, 2**70), (1, 2, 3, 4), ()]:
    try:
        print(range(*a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(e)
