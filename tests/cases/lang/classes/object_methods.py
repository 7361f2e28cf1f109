class C:
    pass


c = C()
print(type(c.__init__).__name__)
print(c.__class__ is C)
print(C.__init__ is object.__init__, C.__new__ is object.__new__)
print(c.__eq__(c), c.__eq__(1), c.__ne__(1))
print(c.__lt__(c))
print(type(c.__str__()).__name__, c.__str__() == c.__repr__())
print(c.__format__("") == str(c))
try:
    format(c, "x")
except TypeError as e:
    print(e)
print(object.__name__, object.__bases__, type(object()).__name__)
print(c.__sizeof__() > 0, C.__subclasses__())
