d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, list(d)[0].__class__.__name__)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
    def __repr__(self):
        return f"H({self.v})"
d = {H(1): "a", H(2): "b"}
d[H(1)] = "c"
print(d, H(2) in d, H(3) in d)
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, o):
        return self.n == o.n
    def __repr__(self):
        return f"C{self.n}"
d = {Collide(i): i for i in range(6)}
del d[Collide(2)]
d[Collide(9)] = 9
print(d, Collide(4) in d, Collide(2) in d)
