# The spectral norm of the infinite matrix a(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1),
# truncated to n x n, by the power method on A^T A. Measures small-function calls, float
# division and list indexing. Size: n.
import sys
import time


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(i, j) * v[j]
        out.append(total)
    return out


def times_transposed(v):
    n = len(v)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += entry(j, i) * v[j]
        out.append(total)
    return out


def norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return (vbv / vv) ** 0.5


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 280
    start = time.perf_counter()
    result = norm(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {result:.9f}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
