class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B.cm>" + super().cm()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), D.cm(), super(B, D()).who(), super(C, D()).who(), [k.__name__ for k in D.__mro__])
s = super(B, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
try:
    super(B, A()).who()
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
try:
    super(A, A()).who()
except AttributeError as e:
    print(e)
