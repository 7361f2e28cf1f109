class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.0


class HugeLen:
    def __len__(self):
        return 2**100


for obj in (BadBool(), NegLen(), FloatLen(), HugeLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
