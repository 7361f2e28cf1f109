print(callable(len), callable(lambda: 0), callable(int), callable(1), callable("s"), callable(None), callable(print), callable([].append), callable(type))
class C:
    def __call__(self):
        return "called"
class D:
    pass
d = D()
d.__call__ = lambda: 1
print(callable(C()), callable(C), callable(D()), callable(d), C()())
try:
    d()
except TypeError as e:
    print(e)
five = 5
try:
    five()
except TypeError as e:
    print(e)
try:
    callable()
except TypeError as e:
    print(e)
