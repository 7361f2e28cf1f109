class A:
    def m(self):
        def inner():
            return super(A, self).m()
        return inner
    def n(self):
        return lambda: __class__
    class B:
        def k(self):
            return super().k()
    def gen(self):
        yield super().gen()
    x = __class__ if False else None
def f():
    class C:
        def m(self):
            return super().m()
    return C
