class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(repr(key), ".")

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[repr(key)] = value

    def __delitem__(self, key):
        print("del", key)
        del self.cells[repr(key)]


g = Grid()
g[0, 1] = "x"
print(g[0, 1], g[5, 5])
g[1:3] = "slice"
print(g[::2])
del g[0, 1]
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError", e)
g[...] = "ellipsis"
print(g[...])
