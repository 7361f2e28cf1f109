class OnlyEq:
    def __eq__(self, o):
        return True


print(OnlyEq.__hash__)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(e)


class EqAndHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, EqAndHash) and self.v == o.v

    def __hash__(self):
        return hash(self.v)


s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(1) in s, EqAndHash(3) in s)
