from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3.__doc__, repr(P3(1, 2, 3)))
R = namedtuple("R", "def class _x ok", rename=True)
print(R._fields)
for args in [("Bad", "a a"), ("Bad", "1a"), ("Bad", "a _b"), ("class", "a")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
class Sub(Point):
    def norm(self):
        return self.x + self.y
print(Sub(2, 3).norm(), Sub(2, 3), Point.__name__, type(p).__mro__[1].__name__)
