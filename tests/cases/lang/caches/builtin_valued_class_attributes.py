# Class attributes of built-in types other than int and str read and shadowed through
# instances: floats, tuples, None, lists, frozensets, builtins and bytes; a value whose class
# gains __get__ or __set__ later; stores over each.
class Value:
    pass


class C:
    ratio = 0.25
    pair = (1, 2)
    nothing = None
    items = [1]
    frozen = frozenset({1})
    fn = len
    raw = b"x"
    custom = Value()


def reads(o):
    return (o.ratio, o.pair, o.nothing, o.items, o.frozen, o.fn("abc"), o.raw)


def store(o, name, v):
    if name == "ratio":
        o.ratio = v
    elif name == "pair":
        o.pair = v
    elif name == "custom":
        o.custom = v


c = C()
for _ in range(3):
    print(reads(c))
store(c, "ratio", 0.5)
store(c, "pair", (3,))
print(reads(c), reads(C()))
C.ratio = 1.5
print(reads(c), reads(C()))
del c.ratio
print(reads(c))

d = C()


def custom(o):
    return o.custom


print(type(custom(d)).__name__, type(custom(d)).__name__)
Value.__get__ = lambda self, obj, cls: "got"
print(custom(d), custom(d))
Value.__set__ = lambda self, obj, v: print("set", v)
store(d, "custom", 1)
store(d, "custom", 2)
print(custom(d), d.__dict__)
del Value.__set__
store(d, "custom", 3)
print(custom(d), d.__dict__)
del Value.__get__
print(custom(d), custom(C()) is C.__dict__["custom"])
