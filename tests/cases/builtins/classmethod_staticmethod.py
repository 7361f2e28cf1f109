class C:
    count = 0
    @classmethod
    def make(cls, x):
        cls.count += 1
        return (cls.__name__, x)
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.make(1), D.make(2), C().make(3), C.count, D.count, C.add(1, 2), C().add(3, 4), D.add("a", "b"))
cm = C.__dict__["make"]
sm = C.__dict__["add"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__, callable(sm), sm(5, 6))
print(cm.__get__(None, D)(9), sm.__get__(None, C)(1, 1), C.make.__self__ is C, C.make.__func__ is cm.__func__)
print(isinstance(cm, classmethod), staticmethod(len)([1, 2]), C.make.__name__, C.add.__qualname__, cm.__wrapped__.__name__)
try:
    classmethod(1)(1) if False else classmethod()
except TypeError as e:
    print(e)
