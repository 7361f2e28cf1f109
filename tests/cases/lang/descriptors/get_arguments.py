class Show:
    def __get__(self, obj, objtype=None):
        return (type(obj).__name__, objtype.__name__ if objtype else None)


class A:
    attr = Show()


class B(A):
    pass


print(A.attr)
print(A().attr)
print(B.attr, B().attr)
print(A.__dict__["attr"].__get__(None, B))
print(A.__dict__["attr"].__get__(5))
