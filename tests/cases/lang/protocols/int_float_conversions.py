class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

    def __complex__(self):
        return 1 + 2j

    def __round__(self, n=None):
        return ("round", n)


n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2))
print(-float(n), int(n) // 2, abs(complex(n)) > 2)


class OnlyIndex:
    def __index__(self):
        return 4


print(int(OnlyIndex()), float(OnlyIndex()))
try:
    int([])
except TypeError as e:
    print(e)
