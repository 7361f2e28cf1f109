# Exception subclasses with a Python __init__ (and __new__): args from the positional arguments only,
# keyword arguments left to __init__, OSError's own __new__, recursion through the constructor.
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
class E2(Exception):
    def __init__(self, *a, **k):
        self.k = k
class E3(ValueError):
    def __init__(self, msg):
        self.msg = msg
class E4(KeyError):
    def __init__(self, *a): pass
e = E(1, b=3); print(e.args, e.b, repr(e), str(e))
e2 = E2(1, 2, x=3); print(e2.args, e2.k, repr(e2), str(e2))
e3 = E3("m"); print(e3.args, e3.msg, repr(e3), str(e3))
e4 = E4("k", 1); print(e4.args, str(e4))
print(E2().args, repr(E2()))
try:
    raise E(5)
except E as x:
    print("caught", x.args, x.__traceback__ is not None)
class O(OSError):
    def __init__(self, *a): super().__init__(*a)
o = O(2, "nf"); print(type(o).__name__, o.errno, o.strerror, o.args)
def deep(n):
    return deep(n + 1) if n < 10 else E(n)
print(deep(0).args)
try:
    E()
except TypeError as t: print(t)
for i in range(3):
    try: raise E3(f"x{i}")
    except ValueError as v: print(v.msg, v.args)
print(E2(*[1], **{"y": 2}).args, E2.__new__(E2, 7, z=1).args, Exception.__new__(Exception, 1, 2).args)
class E5(Exception):
    def __new__(cls, *a, **k):
        print("new", a, k)
        return super().__new__(cls, *a, **k)
    def __init__(self, *a, **k): pass
print(E5(1, q=2).args)
