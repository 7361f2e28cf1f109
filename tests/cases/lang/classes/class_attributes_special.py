class A:
    "Doc of A."
    x = 1

    def f(self):
        pass


print(A.__doc__)
print(A.__name__, A.__qualname__, A.__module__)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(type(A.__dict__).__name__)
print("__weakref__" in A.__dict__, "__dict__" in A.__dict__)
print(A.__base__, A.__bases__)
print(type(A), type(type(A)))
print(A.__class__ is type)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(e)
