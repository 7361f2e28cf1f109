class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)

class Z(zip):
    def __next__(self):
        return ("z",) + super().__next__()

class M(map):
    def __next__(self):
        return -super().__next__()

class F(filter):
    def __next__(self):
        return str(super().__next__())

class R(reversed):
    def __next__(self):
        return super().__next__() * 2

class EI(enumerate):
    def __iter__(self):
        return iter(["own", "iter"])

def mk():
    return [
        ("E", lambda: E("ab")),
        ("Eg", lambda: E(x for x in "ab")),
        ("Z", lambda: Z([1, 2], [3, 4])),
        ("Zg", lambda: Z((x for x in [1, 2]), [3, 4])),
        ("M", lambda: M(abs, [1, -2])),
        ("F", lambda: F(None, [0, 1, 2])),
        ("R", lambda: R([1, 2, 3])),
        ("EI", lambda: EI("xy")),
    ]

def yf(it):
    yield from it

for name, f in mk():
    print(name, "for", [x for x in f()])
    print(name, "yield from", list(yf(f())))
    print(name, "list", list(f()))
    print(name, "tuple", tuple(f()))
    print(name, "sorted", sorted(f(), key=repr))
    print(name, "set", sorted(set(f()), key=repr))
    print(name, "in", (1, "b") in f(), "2" in f(), -2 in f())
    print(name, "join", "|".join(map(repr, f())))
    print(name, "join direct", "|".join(str(x) for x in f()))
    print(name, "min", min(f(), key=repr), max(f(), key=repr))
    print(name, "any", any(f()), all(f()))
    print(name, "unpack", [*f()])
    a, *b = f()
    print(name, "star", a, b)
    print(name, "next", next(f()), next(iter(f())))
    print(name, "dict.fromkeys", list(dict.fromkeys(f())))
    print(name, "list.extend", [0] + [], end=" ")
    l = [0]; l.extend(f()); print(l)
    print(name, "enumerate of", list(enumerate(f())))
    print(name, "zip of", list(zip(f(), f())))
    print(name, "frozenset", len(frozenset(f())))
    try:
        print(name, "sum", sum(f()))
    except TypeError as e:
        print(name, "sum", e)
    d = {}
    try:
        d.update(f())
        print(name, "update", d)
    except Exception as e:
        print(name, "update", type(e).__name__)
    print(name, "str.join of str", "".join(x for x in map(str, f())))
