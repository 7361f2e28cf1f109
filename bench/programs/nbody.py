# Gravitational n-body integration: a heavy star and a few planets on near-circular orbits
# (positions drawn from a fixed pseudo-random sequence), advanced with a symplectic Euler
# step. Measures float arithmetic on list elements and tight nested loops. Size: steps.
import sys
import time


class Lcg:
    """A small linear congruential generator so the system is the same on every run."""

    def __init__(self, seed):
        self.state = seed

    def unit(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state / 0x7FFFFFFF


def make_system(count):
    rng = Lcg(20240607)
    star_mass = 40.0
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, star_mass]]
    for k in range(count):
        radius = 2.0 + 3.5 * k + rng.unit()
        mass = 0.001 + 0.05 * rng.unit()
        tilt = 0.05 * (rng.unit() - 0.5)
        # place on the x axis (or y, alternately) and give the circular-orbit speed
        speed = (star_mass / radius) ** 0.5
        if k % 2 == 0:
            bodies.append([radius, 0.0, tilt, 0.0, speed, 0.0, mass])
        else:
            bodies.append([0.0, -radius, tilt, speed, 0.0, 0.0, mass])
    # remove the total momentum so the centre of mass stays put
    px = sum(b[3] * b[6] for b in bodies)
    py = sum(b[4] * b[6] for b in bodies)
    pz = sum(b[5] * b[6] for b in bodies)
    bodies[0][3] -= px / star_mass
    bodies[0][4] -= py / star_mass
    bodies[0][5] -= pz / star_mass
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def energy(bodies):
    total = 0.0
    for b in bodies:
        total += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for a, b in pairs_of(bodies):
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        total -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            dist2 = dx * dx + dy * dy + dz * dz
            scale = dt / (dist2 * dist2**0.5)
            ma = a[6] * scale
            mb = b[6] * scale
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    start = time.perf_counter()
    bodies = make_system(4)
    before = energy(bodies)
    advance(bodies, pairs_of(bodies), 0.001, steps)
    after = energy(bodies)
    elapsed = time.perf_counter() - start
    print(f"checksum: {before:.9f} {after:.9f}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
