class C:
    @classmethod
    def cm(cls, x):
        return cls.__name__, x

    @staticmethod
    def sm(x):
        return x


class D(C):
    pass


raw_cm = C.__dict__["cm"]
raw_sm = C.__dict__["sm"]
print(type(raw_cm).__name__, type(raw_sm).__name__)
print(raw_cm.__func__.__name__, raw_sm.__func__(7))
print(raw_cm.__get__(None, D)(1))
print(D.cm(2), D().cm(3), D.sm(4))
print(callable(raw_sm), raw_sm(5))
print(C.cm.__func__ is raw_cm.__func__)
