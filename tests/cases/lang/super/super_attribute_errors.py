class A:
    x = "A.x"


class B(A):
    def get(self, name):
        return getattr(super(), name)


b = B()
print(b.get("x"))
try:
    b.get("missing")
except AttributeError as e:
    print(e)


class C:
    def f(self):
        return super().f()


try:
    C().f()
except AttributeError as e:
    print(e)
