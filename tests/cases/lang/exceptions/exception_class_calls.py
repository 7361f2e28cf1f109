# Calling exception classes (built-in and subclasses, with and without their own __new__ or
# __init__, changed after creation, with a metaclass) and issubclass with classes and tuples.
import abc

class E1(Exception):
    pass

class E2(E1):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

class E3(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, "new", *args)
        return self

class E4(Exception):
    pass

class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", a)
        return super().__call__(*a, **k)

class E5(Exception, metaclass=Meta):
    pass

class Mixin:
    def __init__(self, *a):
        print("Mixin.__init__", a)

class E6(Mixin, Exception):
    pass

class E7(KeyError):
    pass

def show(e):
    print(type(e).__name__, repr(e), e.args, str(e), getattr(e, "b", None))

for f in [lambda: E1(), lambda: E1(1), lambda: E1(1, "x"), lambda: E2(5), lambda: E3(1), lambda: E4("a"),
          lambda: E5(1), lambda: E6(2, 3), lambda: E7("k"), lambda: ValueError("v"), lambda: KeyError(),
          lambda: Exception(*range(3)), lambda: E1(x=1), lambda: StopIteration(4), lambda: OSError(2, "no"),
          lambda: NameError("n", name="q"), lambda: BaseException(), lambda: E1([1])]:
    try:
        show(f())
    except TypeError as e:
        print("TypeError", e)

e = E4(1)
E4.__init__ = lambda self, *a: print("late __init__", a)
show(E4(2))
del E4.__init__
show(E4(3))
E4.__new__ = lambda cls, *a: ValueError("swapped", *a)
show(E4(4))
print(E1(1) is E1(1), E1(1).__traceback__, E1(1).__context__, E1(1).__dict__)
try:
    raise E1("raised", 2)
except E1 as x:
    print(repr(x), x.args)

class AB(abc.ABC):
    pass

class Reg:
    pass

AB.register(Reg)

class Odd:
    __bases__ = ()

for d, c in [(E2, E1), (E1, E2), (bool, int), (int, (str, int)), (int, (str, bytes)), (Reg, AB), (E1, (AB, Exception)),
             (E2, ((E1,),)), (int, ()), (int, int | str), (type, object), (Odd, Odd), (E1, Odd), (1, int), (int, 1), (int, (int, 1))]:
    try:
        print(d, c, issubclass(d, c))
    except TypeError as e:
        print("TypeError", e)
try:
    issubclass(int)
except TypeError as e:
    print(e)
try:
    issubclass(int, int, cls=1)
except TypeError as e:
    print(e)
