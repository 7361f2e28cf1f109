# N-queens by backtracking: count every placement of n non-attacking queens, keeping the
# occupied columns and diagonals in sets, and record the lexicographically first solution.
# Measures recursion, set membership and small-list building. Size: n.
import sys
import time


def solve(n):
    columns = set()
    rising = set()
    falling = set()
    placed = []
    found = []

    def place(row):
        if row == n:
            if not found:
                found.append(tuple(placed))
            return 1
        count = 0
        for col in range(n):
            if col in columns or row + col in rising or row - col in falling:
                continue
            columns.add(col)
            rising.add(row + col)
            falling.add(row - col)
            placed.append(col)
            count += place(row + 1)
            placed.pop()
            columns.remove(col)
            rising.remove(row + col)
            falling.remove(row - col)
        return count

    return place(0), found[0] if found else ()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    start = time.perf_counter()
    for _ in range(2):
        counts = [solve(k) for k in range(4, n + 1)]
    elapsed = time.perf_counter() - start
    total = sum(c for c, _ in counts)
    first = ",".join(str(col) for col in counts[-1][1])
    print(f"checksum: solutions={[c for c, _ in counts]} total={total} first={first}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
