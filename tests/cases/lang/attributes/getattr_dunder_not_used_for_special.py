class Dynamic:
    def __getattr__(self, name):
        print("__getattr__", name)
        if name == "__len__":
            return lambda: 42
        raise AttributeError(name)


d = Dynamic()
print(d.__len__())
try:
    len(d)
except TypeError as e:
    print(e)
try:
    d + 1
except TypeError as e:
    print(e)
try:
    iter(d)
except TypeError as e:
    print(e)
