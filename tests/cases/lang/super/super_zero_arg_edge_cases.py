class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        g = lambda: super(B, self).f()
        return "B+" + g()

    def comp(self):
        return [super(B, self).f() for _ in range(2)]

    def uses_self_later(self):
        self = None
        try:
            return super().f()
        except (TypeError, AttributeError) as e:
            return type(e).__name__ + ": " + str(e)


print(B().f(), B().comp())
print(B().uses_self_later())
