def outer():
    n = 2
    return [[lambda: (i, j, n) for j in range(2)] for i in range(2)]


print([[f() for f in row] for row in outer()])
table = {f"{a}{b}": a * b for a in range(1, 3) for b in range(1, 3)}
print(table)
flat = [item for sub in [[1, 2], [], [3]] for item in sub]
print(flat)
print([(lambda v=v: v * 2)() for v in range(3)])
