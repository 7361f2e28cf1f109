class Bad:
    def __int__(self):
        return "nope"
class BadIndex:
    def __index__(self):
        return 1.5
class BoolIndex:
    def __index__(self):
        return True
class SubInt(int):
    pass
class SubRet:
    def __int__(self):
        return SubInt(4)
for o in [Bad(), BadIndex()]:
    try:
        int(o)
    except TypeError as e:
        print(e)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = int(SubRet())
    print(r, type(r).__name__, [str(x.message) for x in w])
    r = int(BoolIndex())
    print(r, type(r).__name__, [str(x.message)[:60] for x in w][1:])
