x = 1
class A:
    x = 2
    y = [x for _ in range(3)]
    def f(self):
        return x
    def g(self):
        return __class__, super()
    class B:
        def h(self):
            return super().h()
def outer():
    v = 1
    class C:
        v = 2
        def m(self):
            return v
        w = v
    return C
class D:
    global gx
    gx = 1
    def __private(self):
        return self.__x
    __slots__ = ("__y",)
