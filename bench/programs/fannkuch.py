# Pancake flipping over every permutation of 0..n-1: for each permutation, repeatedly reverse
# the prefix whose length is given by the first element until 0 comes first, and count the
# flips. Permutations are visited in the order of a mixed-radix counter. Measures list slicing,
# reversal and integer loops. Size: n.
import sys
import time


def flips_of(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        p[: first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    parity = 1
    checksum = 0
    most = 0
    while True:
        flips = flips_of(perm)
        checksum += flips * parity
        if flips > most:
            most = flips
        # next permutation: rotate the first k+1 elements left by one, where k is the
        # lowest digit of the counter that has not yet wrapped
        k = 1
        while k < n:
            head = perm[0]
            perm[:k] = perm[1 : k + 1]
            perm[k] = head
            counters[k] += 1
            if counters[k] <= k:
                break
            counters[k] = 0
            k += 1
        else:
            return checksum, most
        parity = -parity


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    start = time.perf_counter()
    checksum, most = fannkuch(n)
    elapsed = time.perf_counter() - start
    print(f"checksum: {checksum} max_flips={most}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
