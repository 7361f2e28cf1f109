# Digits of pi from Gibbons' unbounded spigot: a state of four big integers is multiplied by a
# linear fractional transformation per term and a digit is emitted once the floor of the
# state is the same at x = 3 and x = 4. Measures arbitrary-precision multiplication and
# division on ever larger integers. Size: number of digits.
import sys
import time


def pi_digits(count):
    # state (q, r, t) of the composed transformation (q*x + r) / t
    q, r, t = 1, 0, 1
    k = 0
    digits = []
    while len(digits) < count:
        k += 1
        # compose with term k: x -> (k*x + 4k + 2) / (2k + 1)
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        if q > r:
            continue
        low = (3 * q + r) // t
        high = (4 * q + r) // t
        if low != high:
            continue
        digits.append(low)
        # emit low: x -> 10 * (x - low)
        q, r = 10 * q, 10 * (r - low * t)
    return digits


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    start = time.perf_counter()
    digits = pi_digits(count)
    elapsed = time.perf_counter() - start
    text = "".join(map(str, digits))
    print(f"checksum: head={text[:12]} tail={text[-12:]} sum={sum(digits)}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
