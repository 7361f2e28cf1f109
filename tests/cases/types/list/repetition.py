a = [1, 2]
print(a * 3, 3 * a, a * 0, a * -1, [] * 100, [[0]] * 2)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid, grid[0] is grid[1])
b = [1]
alias = b
b *= 3
print(b, alias, alias is b)
b *= 0
print(b, alias)
for f in [lambda: a * 1.5, lambda: a * "2", lambda: a * (2 ** 62)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
