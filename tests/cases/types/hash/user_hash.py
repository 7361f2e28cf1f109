class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v if v < 10 ** 10 else "big", hash(H(v)))
class B:
    def __hash__(self):
        return True
print(hash(B()))
class Bad:
    def __hash__(self):
        return 1.5
try:
    hash(Bad())
except TypeError as e:
    print(e)
class Sub(int):
    def __hash__(self):
        return 77
print(hash(Sub(5)), {Sub(5): 1}.get(5))
