grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
shared = [[0] * 3] * 3
shared[1][1] = 5
print(shared)
t = [row[:] for row in grid]
t[0][0] = 9
print(grid[0], t[0])
print([list(r) for r in zip(*grid)], sum(grid, []), [x for row in grid for x in row if x])
