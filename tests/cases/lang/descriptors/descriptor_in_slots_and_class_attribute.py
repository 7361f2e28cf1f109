class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


slot = Point.__dict__["x"]
p = Point(1, 2)
print(slot.__get__(p, Point), slot.__name__, type(slot).__name__)
slot.__set__(p, 10)
print(p.x)
try:
    slot.__get__(5, int)
except TypeError as e:
    print(e)
print(Point.x is slot, Point.__slots__)
