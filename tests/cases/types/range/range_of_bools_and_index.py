class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(True, 5)), list(range(I(2), I(8), I(2))), range(I(5))[I(1)], range(10)[True], len(range(False, True)))
r = range(I(3), I(9))
print(r, r.start, type(r.start).__name__)
