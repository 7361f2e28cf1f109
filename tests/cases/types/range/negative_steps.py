r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], 4 in r, 5 in r, -8 in r, r.index(-8), r[1:3], r[::-1], reversed(r).__next__())
print(list(range(0, -5, -1)), list(range(-5, 0, 2)), list(range(5, 0, -5)), range(5, 0, -5)[0])
print(range(1, 10, 2) == range(1, 11, 2), range(1, 10, 2) == range(1, 10, 3), hash(range(1, 10, 2)) == hash(range(1, 11, 2)))
