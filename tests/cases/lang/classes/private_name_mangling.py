class A:
    __secret = "A secret"

    def __init__(self):
        self.__value = 1

    def reveal(self):
        return self.__secret, self.__value


class B(A):
    __secret = "B secret"

    def peek(self):
        return self.__secret


b = B()
print(b.reveal(), b.peek())
print(sorted(k for k in vars(b)))
print(sorted(k for k in A.__dict__ if "secret" in k))
print(b._A__value)
try:
    b.__value
except AttributeError as e:
    print(e)


class _Underscored:
    def m(self):
        self.__x = 1
        return list(vars(self))


print(_Underscored().m())
