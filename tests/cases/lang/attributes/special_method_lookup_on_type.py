class C:
    def __len__(self):
        return 5


c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())


class D:
    pass


d = D()
d.__len__ = lambda: 3
try:
    len(d)
except TypeError as e:
    print(e)
d.__repr__ = lambda: "instance repr"
print(repr(d) == object.__repr__(d), d.__repr__())
D.__len__ = lambda self: 7
print(len(d))
