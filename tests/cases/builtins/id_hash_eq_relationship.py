class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), hash(a) != hash(b))
class ByValue:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(ByValue(1) == ByValue(1), len({ByValue(1), ByValue(1), ByValue(2)}), hash(ByValue("x")) == hash("x"))
