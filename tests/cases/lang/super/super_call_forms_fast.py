# super() calls of every form as the common method-call path takes them: zero-argument super()
# in methods, its bound methods, its errors, two-argument forms and extra arguments.


class A:
    def f(self, x):
        return ("A.f", x)

    def g(self):
        return "A.g"

    @classmethod
    def c(cls):
        return ("A.c", cls.__name__)

    @staticmethod
    def s(v):
        return ("A.s", v)

    @property
    def p(self):
        return "A.p"

    value = 7


class B(A):
    def f(self, x):
        return ("B", super().f(x + 1))

    def all(self):
        m = super().g
        return (
            m(),
            m.__self__ is self,
            super().c(),
            super().s(3),
            super().p,
            super().value,
            super().__class__.__name__,
        )


class C(B):
    def f(self, x):
        return ("C", super().f(x * 2), super(B, self).f(x))


for _ in range(3):
    print(C().f(1))
    print(C().all())
    print(super(C, C()).f(5))


def no_args():
    return super()


try:
    no_args()
except RuntimeError as e:
    print("RuntimeError", e)

for args in ((1,), (B, 3), (B, C(), 3)):
    try:
        super(*args)
    except TypeError as e:
        print("TypeError", e)

try:
    super(type=B)
except TypeError as e:
    print("TypeError", e)


class D(A):
    def missing(self):
        return super().nothing()


try:
    D().missing()
except AttributeError as e:
    print("AttributeError", e)


# A method replaced on the base between calls through super().
class E(A):
    def g(self):
        return ("E", super().g())


e = E()
print(e.g())
A.g = lambda self: "new A.g"
print(e.g())
A.g = property(lambda self: (lambda: "property A.g"))
print(e.g())


# super() whose first local was reassigned, and in a class method.
class F(A):
    def f(self, x):
        self = C()
        return super().f(x)

    @classmethod
    def c(cls):
        return ("F.c", super().c())


try:
    print(F().f(1))
except TypeError as e:
    print("TypeError", e)
print(F.c(), F().c())
