grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v * v > 30:
            found = (r, c)
            break
    if found:
        break
print(found)
total = 0
for row in grid:
    for v in row:
        if v % 2 == 0:
            continue
        total += v
print(total)
print([[v for v in row if v > 4] for row in grid])
