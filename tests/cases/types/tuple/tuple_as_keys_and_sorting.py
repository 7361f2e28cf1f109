points = {(0, 0): "origin", (1, 0): "east", (0, 1): "north", (-1, 0): "west"}
print(points[(0, 0)], points.get((1, 0)), (0, 1) in points, sorted(points), sorted(points, key=lambda p: (p[1], -p[0])))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(list(grid)[:4], grid[2, 1], max(grid, key=grid.get), sum(v for (r, c), v in grid.items() if r == c))
