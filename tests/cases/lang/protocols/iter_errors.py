class NotIter:
    pass


class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]


class NoneIter:
    __iter__ = None


for obj in (NotIter(), IterReturnsNonIterator(), NoneIter(), 5, None):
    try:
        iter(obj)
    except TypeError as e:
        print(e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
