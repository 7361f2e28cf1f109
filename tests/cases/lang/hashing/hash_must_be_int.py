class BadHash:
    def __hash__(self):
        return "nope"


class BigHash:
    def __hash__(self):
        return 2**100


class BoolHash:
    def __hash__(self):
        return True


try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(BigHash()))
print(hash(BoolHash()))


class NegOne:
    def __hash__(self):
        return -1


print(hash(NegOne()))
