class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), c(step=2), callable(c), list(map(c, [1, 1])))
class Meta(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class K(metaclass=Meta):
    pass
print(K(1, 2))
import functools
print(callable(functools.partial(print)), callable(staticmethod(len)), callable(classmethod(len)), callable(property()))
