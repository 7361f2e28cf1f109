class N:
    def __index__(self):
        return 3
print([0] * N(), N() * [1], "ab" * N(), (1,) * N(), b"x" * N())
class Bad:
    def __index__(self):
        return "x"
try:
    [0] * Bad()
except TypeError as e:
    print(e)
