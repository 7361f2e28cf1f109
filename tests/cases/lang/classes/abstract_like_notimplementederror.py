class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s**2


print(Square(3).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplemented) if False else "skip")
