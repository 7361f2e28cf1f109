class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, E) and self.v == o.v
a = [E(1), E(2), E(3)]
print(a.count(E(2)))
a.remove(E(3))
print(len(a), a.index(E(2)))
print(E(9) in a)
