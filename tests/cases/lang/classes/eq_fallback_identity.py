class Declines:
    def __eq__(self, other):
        return NotImplemented


a, b = Declines(), Declines()
print(a == a, a == b, a != b, a != a)
print(a in [a], a in [b], [a].count(a))


class EqCalledOnBoth:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("eq on", self.name)
        return NotImplemented


print(EqCalledOnBoth("left") == EqCalledOnBoth("right"))
print(EqCalledOnBoth("left") != EqCalledOnBoth("right"))
