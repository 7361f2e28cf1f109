class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()

    def cls(self):
        return __class__.__name__


class C(B):
    pass


print(C().who(), C().cls())


def not_a_method():
    return super()


try:
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)


def with_arg(self):
    return super().who()


B.with_arg = with_arg
try:
    B().with_arg()
except RuntimeError as e:
    print("RuntimeError:", e)
