# The chaos game: iterate randomly chosen affine maps (a fern-like iterated function system)
# from a seeded generator and plot the orbit into a character grid, then measure how much of
# the grid the attractor covers. Measures float arithmetic, method calls on a generator object
# and list-of-lists indexing. Size: iterations.
import sys
import time

WIDTH, HEIGHT = 120, 80


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, limit):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % limit


class AffineMap:
    __slots__ = ("a", "b", "c", "d", "e", "f", "weight")

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


# Barnsley's fern: four maps, each chosen with the given weight out of 100.
MAPS = [
    AffineMap(0.0, 0.0, 0.0, 0.17, 0.0, 0.0, 2),
    AffineMap(0.84, 0.05, -0.05, 0.84, 0.0, 1.5, 83),
    AffineMap(0.21, -0.25, 0.24, 0.22, 0.0, 1.5, 8),
    AffineMap(-0.16, 0.27, 0.25, 0.23, 0.0, 0.45, 7),
]


def build_picker(maps):
    """A 100-entry table so that picking a map is one random draw and one index."""
    table = []
    for m in maps:
        table.extend([m] * m.weight)
    return table


def play(iterations):
    rng = Lcg(77)
    picker = build_picker(MAPS)
    grid = [[0] * WIDTH for _ in range(HEIGHT)]
    x = y = 0.0
    lo_x, hi_x, lo_y, hi_y = -3.0, 3.0, 0.0, 10.5
    sx = (WIDTH - 1) / (hi_x - lo_x)
    sy = (HEIGHT - 1) / (hi_y - lo_y)
    for i in range(iterations):
        x, y = picker[rng.below(100)].apply(x, y)
        if i < 20:
            continue  # let the orbit settle onto the attractor
        col = int((x - lo_x) * sx)
        row = int((hi_y - y) * sy)
        if 0 <= col < WIDTH and 0 <= row < HEIGHT:
            grid[row][col] += 1
    return grid


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    start = time.perf_counter()
    grid = play(iterations)
    elapsed = time.perf_counter() - start
    covered = sum(1 for row in grid for cell in row if cell)
    weighted = sum(r * c * v for r, row in enumerate(grid) for c, v in enumerate(row)) % 1000000007
    busiest = max(max(row) for row in grid)
    print(f"checksum: covered={covered} weighted={weighted} busiest={busiest}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
