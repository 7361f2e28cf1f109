print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"ab"), len(bytearray(3)), len(frozenset()), len(memoryview(b"xyz")))
class L:
    def __len__(self):
        return 5
print(len(L()))
class Neg:
    def __len__(self):
        return -1
class Flt:
    def __len__(self):
        return 1.5
class Big:
    def __len__(self):
        return 2 ** 70
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()))
for obj in [5, None, Neg(), Flt(), Big(), iter([])]:
    try:
        print(len(obj))
    except Exception as e:
        print(type(e).__name__ + ":", e)
