class A:
    pass


class B(A):
    pass


b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, object), isinstance(A(), B))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), isinstance(1, ()))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(issubclass(B, A), issubclass(A, A), issubclass(A, (B, int)), issubclass(int, object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(isinstance(None, type(None)), isinstance([], list), isinstance({}, dict))
print(isinstance(b, A | None), issubclass(B, int | A))
