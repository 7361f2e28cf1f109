class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(hasattr(p, "__dict__"))
print(type(Point.x).__name__)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
p.x = 10
print(p.x, Point.__slots__)
