class K:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls):
        return cls.__name__
    f = staticmethod(len)
print(K.s(2), K().s(3), K.c(), K.f("abc"), K.__dict__["s"](4), isinstance(K.__dict__["c"], classmethod))
sm = staticmethod(lambda: "direct")
print(sm())
print(type(K.s).__name__, type(K.c).__name__, type(K().c).__name__)
