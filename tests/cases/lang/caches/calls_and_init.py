# Python-to-Python calls with defaults and wrong counts, and class calls whose __init__ changes.
def f(a, b=2, c=3):
    return (a, b, c)


out = []
for args in [(1,), (1, 5), (1, 5, 6)]:
    out.append(f(*args))
out.append(f(1))
out.append(f(1, 7))
f.__defaults__ = (20, 30)
out.append(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    out.append(str(e))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    out.append(str(e))
print(out)


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


def make(v):
    return P(v)


objs = [make(1)]
P.__init__ = lambda self, x, y=9: setattr(self, "x", -x)
objs.append(make(2))


def bad_init(self, x):
    return 5


P.__init__ = bad_init
try:
    make(3)
except TypeError as e:
    print(e)
del P.__init__
try:
    make(4)
except TypeError as e:
    print(e)
print([vars(o) for o in objs])


class Q:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


def makeq(*a):
    return Q(*a)


print(vars(Q(1, 2)), vars(makeq()), vars(Q(1, k=2)))


class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made = "new"
        return o

    def __init__(self, x):
        self.x = x


w = WithNew(1)
print(w.made, w.x)


def method_defaults():
    class M:
        def m(self, a, b="b"):
            return a + b

    o = M()
    return [o.m("a"), o.m("x", "y"), M.m(o, "z")]


print(method_defaults())


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
