def lookup(table, row, col):
    return table[row][col]


grid = [[1, 2], [3, 4]]
print(lookup(grid, 1, 1))
print(lookup(grid, 1, 5))
