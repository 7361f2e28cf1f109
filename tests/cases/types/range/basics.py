for r in [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -2), range(0), range(-5), range(5, 5), range(-3, 3), range(10, 0)]:
    print(repr(r), len(r), list(r), bool(r))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), range(1) == range(1, 2, 5), range(3) == [0, 1, 2])
