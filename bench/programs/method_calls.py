# Class-, attribute- and method-call-heavy code: a small shape hierarchy with super() chains,
# properties, class and static methods, class attributes, __slots__ and plain instances,
# special methods (__eq__, __hash__, __lt__, __len__, __getitem__, __iter__, __call__,
# __contains__) and bound-method objects kept in lists. Measures attribute lookup through the
# MRO, descriptor calls and call overhead. Size: rounds over the collection.
import sys
import time


class Shape:
    sides = 0
    created = 0

    def __init__(self, name):
        self.name = name
        Shape.created += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return self.sides * 1000 + int(self.area())

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def clamp(value, low, high):
        return low if value < low else high if value > high else value

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return super().describe() + 1


class Triangle(Shape):
    sides = 3
    __slots__ = ("base", "height")

    def __init__(self, base, height):
        super().__init__("triangle")
        self.base = base
        self.height = height

    def area(self):
        return self.base * self.height / 2


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


class Polygon:
    def __init__(self, points):
        self._points = list(points)

    def __len__(self):
        return len(self._points)

    def __getitem__(self, i):
        return self._points[i]

    def __iter__(self):
        return iter(self._points)

    def __contains__(self, point):
        return point in self._points

    def __call__(self, dx, dy):
        return Polygon(p.moved(dx, dy) for p in self._points)


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self


def build(n):
    shapes = []
    for i in range(n):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 6 + 1))
        else:
            shapes.append(Triangle(i % 9 + 1, i % 4 + 2))
    return shapes


def exercise(rounds):
    shapes = build(300)
    counter = Counter()
    adders = [counter.add] * 4
    total = 0
    seen = set()
    for r in range(rounds):
        for s in shapes:
            total += s.describe()
            if isinstance(s, Rect):
                total += s.perimeter
            total += Shape.clamp(s.sides, 3, 4) + len(s.kind())
            adders[r % 4](s.sides)
        poly = Polygon(Point(i, (i * r) % 11) for i in range(20))
        moved = poly(1, -1)
        total += len(moved) + sum(p.x + p.y for p in moved)
        if Point(5, 0) in poly:
            total += 1
        seen.add(moved[r % 20])
    smallest = min(shapes)
    largest = max(shapes)
    return total, counter.total, len(seen), Shape.created, smallest.kind(), largest.kind()


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    start = time.perf_counter()
    total, counted, distinct, created, smallest, largest = exercise(rounds)
    elapsed = time.perf_counter() - start
    print(
        f"checksum: total={total} counted={counted} distinct={distinct}"
        f" created={created} extremes={smallest},{largest}"
    )
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
