class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a)
print(hash(a) == hash(a))


class Valued:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Valued):
            return NotImplemented
        return self.v == other.v


print(Valued(1) == Valued(1), Valued(1) != Valued(1), Valued(1) == 1)
print(Valued.__hash__)
try:
    hash(Valued(1))
except TypeError as e:
    print(e)
