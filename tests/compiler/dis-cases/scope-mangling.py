class __Outer:
    __a = 1
    def __m(self, __p, *, __k=2):
        self.__attr = __p
        __local = self.__a
        return __local, __k
    class _Inner:
        __b = 2
        def f(self):
            return self.__b, __Outer
    def g(self):
        import __mod
        from __pkg import __name
        return __mod, __name
    def h(self, x: __T) -> __R:
        return lambda __q=self.__a: __q
class ___:
    __x = 1
