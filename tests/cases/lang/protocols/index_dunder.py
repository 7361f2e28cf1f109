class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("__index__", self.v)
        return self.v


data = list("abcdef")
print(data[Idx(2)])
print(data[Idx(1) : Idx(4)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), "xy" * Idx(2))
print(int(Idx(7)), len(range(Idx(4))))


class BadIndex:
    def __index__(self):
        return "no"


try:
    data[BadIndex()]
except TypeError as e:
    print(e)
try:
    data[1.5]
except TypeError as e:
    print(e)
