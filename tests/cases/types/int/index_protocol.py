import operator
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(operator.index(I(3)), hex(I(255)), bin(I(5)), oct(I(8)))
print([10, 20, 30, 40][I(1)], "abcdef"[I(1):I(4)], (1, 2, 3) * I(2))
print(range(10)[I(2):I(8):I(3)], list(range(I(3))))
print(bytes(I(3)), "ab" * I(3))
try:
    operator.index(2.0)
except TypeError as e:
    print(e)
try:
    idx = 1.0
    [1, 2][idx]
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
