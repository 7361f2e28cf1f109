# A small ray tracer: spheres over a checkered floor, one point light with hard shadows and
# one bounce of mirror reflection, rendered to a grey-level grid. Vectors are immutable
# objects with operator methods, so every step allocates. Measures dunder-method dispatch,
# float arithmetic and short-lived objects. Size: image width and height in pixels.
import sys
import time

EPSILON = 1e-7


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        return self * (1.0 / self.length())

    def reflect_about(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.radius = radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, ray):
        """Distance along ray to the nearest intersection in front of it, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc**0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).unit()

    def shade_at(self, point):
        return self.shade


class Floor:
    """The plane y = 0 with a checkerboard of two grey levels."""

    mirror = 0.25

    def hit(self, ray):
        dy = ray.direction.y
        if -EPSILON < dy < EPSILON:
            return None
        t = -ray.origin.y / dy
        return t if t > EPSILON else None

    def normal_at(self, point):
        return Vec(0.0, 1.0, 0.0)

    def shade_at(self, point):
        return 0.9 if (int(point.x // 1.0) + int(point.z // 1.0)) % 2 == 0 else 0.2


class Scene:
    def __init__(self):
        self.objects = [
            Floor(),
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.8, 0.4),
            Sphere(Vec(-2.2, 0.7, 6.5), 0.7, 0.6, 0.1),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, 0.5, 0.6),
            Sphere(Vec(0.8, 0.3, 3.2), 0.3, 1.0, 0.0),
        ]
        self.light = Vec(-4.0, 8.0, -2.0)
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for thing in self.objects:
            t = thing.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = thing
        return best, best_t

    def lit(self, point):
        to_light = self.light - point
        distance = to_light.length()
        thing, t = self.nearest(Ray(point, to_light))
        return thing is None or t > distance

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            return 0.05 + 0.1 * max(ray.direction.y, 0.0)  # sky
        point = ray.at(t)
        normal = thing.normal_at(point)
        brightness = self.ambient
        if self.lit(point):
            towards = (self.light - point).unit()
            brightness += max(normal.dot(towards), 0.0) * 0.9
        colour = thing.shade_at(point) * brightness
        if depth > 0 and thing.mirror > 0.0:
            bounced = Ray(point, ray.direction.reflect_about(normal))
            colour = colour * (1.0 - thing.mirror) + self.trace(bounced, depth - 1) * thing.mirror
        return colour


def render(size):
    scene = Scene()
    eye = Vec(0.0, 1.6, -1.0)
    image = []
    for row in range(size):
        line = []
        for col in range(size):
            x = (col + 0.5) / size * 2.0 - 1.0
            y = 1.0 - (row + 0.5) / size * 2.0
            ray = Ray(eye, Vec(x, y - 0.15, 1.2))
            level = scene.trace(ray, 2)
            line.append(min(int(level * 255.0), 255))
        image.append(line)
    return image


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 260
    start = time.perf_counter()
    image = render(size)
    elapsed = time.perf_counter() - start
    total = sum(sum(line) for line in image)
    digest = 0
    for line in image:
        for level in line:
            digest = (digest * 131 + level) % 1000000007
    print(f"checksum: total={total} digest={digest}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
