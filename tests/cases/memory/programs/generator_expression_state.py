# A generator expression holds its iterable and the current item; abandoning it part way
# through releases both at the drop: the iterator (whose list releases its items from the
# last), then the current item.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make(names):
    return [N(n) for n in names]


g = (item.name for item in make(["a", "b", "c"]))
print(next(g))
print("-- one taken")
del g
print("-- abandoned")
g = (item.name.upper() for item in make(["x", "y"]))
print(next(g))
print("-- one taken")
g = None
print("end")
