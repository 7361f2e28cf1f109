# A lazy data pipeline built from generator functions, generator expressions and `yield from`:
# numbers are produced, transformed, filtered, grouped into sliding windows, merged from two
# streams and folded, with nothing materialised in between. Also drives a generator with
# send(). Measures generator creation, resumption and suspension. Size: source items.
import sys
import time


def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def collatz_lengths(source):
    for n in source:
        steps = 0
        x = n + 1
        while x != 1 and steps < 8:
            x = x // 2 if x % 2 == 0 else 3 * x + 1
            steps += 1
        yield steps


def windows(source, width):
    window = []
    for item in source:
        window.append(item)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def chained(*sources):
    for source in sources:
        yield from source


def merge_sorted(a, b):
    """Merges two ascending streams into one ascending stream."""
    x = next(a, None)
    y = next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    rest, pending = (a, x) if x is not None else (b, y)
    if pending is not None:
        yield pending
        yield from rest


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def pipeline(limit):
    lengths = collatz_lengths(naturals(limit))
    peaks = (w[1] for w in windows(lengths, 3) if w[1] >= w[0] and w[1] >= w[2])
    evens = (2 * n for n in naturals(limit // 2))
    odds = (2 * n + 1 for n in naturals(limit // 2))
    merged = merge_sorted(evens, odds)
    squares_mod = (n * n % 1009 for n in chained(merged, naturals(limit // 4)))
    averager = running_average()
    next(averager)
    peak_total = 0
    for p in peaks:
        peak_total += p
        averager.send(p)
    mod_total = sum(squares_mod)
    final = averager.send(0)
    return peak_total, mod_total, final


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
    start = time.perf_counter()
    peak_total, mod_total, average = pipeline(limit)
    elapsed = time.perf_counter() - start
    print(f"checksum: peaks={peak_total} squares={mod_total} average={average:.9f}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
