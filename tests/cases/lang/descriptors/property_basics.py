class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        "The radius."
        return self._r

    @property
    def area(self):
        return 3 * self._r**2


c = Circle(2)
print(c.radius, c.area)
try:
    c.area = 10
except AttributeError as e:
    print(e)
try:
    del c.radius
except AttributeError as e:
    print(e)
print(Circle.radius.__doc__)
print(type(Circle.radius).__name__, Circle.radius.fset, Circle.radius.fget.__name__)
