class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x**2 + self.y**2


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
print(sorted(vars(p).items()))
p.z = 5
print(sorted(p.__dict__))
Point.dims = 3
print(p.dims)
p.dims = "instance"
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
