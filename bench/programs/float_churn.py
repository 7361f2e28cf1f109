# Float-object churn: build many small point objects from a recurrence, normalise each one
# (every operation makes a new float), then fold them into a running maximum and a centroid.
# Measures float allocation, attribute stores and short-lived objects. Size: points.
import sys
import time


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        t = i * 0.001
        self.x = (t * 7.0) % 3.0 - 1.5
        self.y = (t * 3.0) % 2.0 * (1.0 - t % 1.0) + 0.25
        self.z = self.x * self.x / 2.0 - self.y

    def normalize(self):
        length = (self.x * self.x + self.y * self.y + self.z * self.z) ** 0.5
        if length:
            self.x /= length
            self.y /= length
            self.z /= length

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def churn(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    cx = cy = cz = 0.0
    for p in points:
        cx += p.x
        cy += p.y
        cz += p.z
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best, (cx / count, cy / count, cz / count)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    rounds = 3
    start = time.perf_counter()
    results = [churn(count) for _ in range(rounds)]
    elapsed = time.perf_counter() - start
    best, centre = results[-1]
    print(
        f"checksum: max=({best.x:.9f}, {best.y:.9f}, {best.z:.9f})"
        f" centre=({centre[0]:.9f}, {centre[1]:.9f}, {centre[2]:.9f})"
    )
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
