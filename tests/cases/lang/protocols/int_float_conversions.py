class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __round__(self, n=None):
        return ("round", n)

    def __trunc__(self):
        return 3

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
import math

print(math.trunc(n), math.floor(n), math.ceil(n))


class OnlyIndex:
    def __index__(self):
        return 4


print(int(OnlyIndex()), float(OnlyIndex()))
try:
    int([])
except TypeError as e:
    print(e)
