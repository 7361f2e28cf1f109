class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, int)), isinstance(1, (str, (list, int))), isinstance(True, int), isinstance(None, type(None)), isinstance(int, type), isinstance(B(), (C, A)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, int), issubclass(int, object), issubclass(A, A), issubclass(type, object), issubclass(object, type))
print(isinstance([], list | None) if False else isinstance([], list | tuple), issubclass(bool, int | str), isinstance(1, int | None))
for f in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: issubclass(int, (int, 1)), lambda: isinstance(1), lambda: issubclass(list[int], list)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("x", M), issubclass(int, M), issubclass(str, M), isinstance(M(), M))
