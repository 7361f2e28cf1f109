for v in [[], {}, set(), bytearray(), [1, 2], ([],), slice(1, 2) if False else {1: 2}]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
class Eq:
    def __eq__(self, o):
        return True
try:
    hash(Eq())
except TypeError as e:
    print(e)
print(Eq.__hash__)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
