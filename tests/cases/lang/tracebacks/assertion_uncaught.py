def check_sorted(items):
    for a, b in zip(items, items[1:]):
        assert a <= b, f"{a} > {b}"


check_sorted([1, 2, 3])
check_sorted([1, 3, 2])
