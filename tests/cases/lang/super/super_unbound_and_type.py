class A:
    def m(self):
        return "A.m on " + type(self).__name__

    @staticmethod
    def s():
        return "A.s"


class B(A):
    def m(self):
        return "B.m"


print(super(B, B).m(B()))
print(super(B, B()).m())
print(super(B, B).s())
sup = super(B)
print(type(sup).__name__)
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(int, B())
except TypeError as e:
    print(e)
