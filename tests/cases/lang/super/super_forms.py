class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return "A.make for " + cls.__name__


class B(A):
    def hello(self):
        return "B>" + super().hello()

    def explicit(self):
        return super(B, self).hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()


class C(B):
    def skip(self):
        return super(B, self).hello()


c = C()
print(c.hello(), c.explicit(), c.skip())
print(C.make())
print(super(C, c).hello())
s = super(B, c)
print(type(s).__name__, s.hello())
