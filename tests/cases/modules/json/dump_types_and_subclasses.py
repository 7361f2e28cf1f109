import json
from enum import IntEnum
from collections import OrderedDict, namedtuple
class Color(IntEnum):
    RED = 1
class MyDict(dict):
    pass
class MyList(list):
    pass
class MyStr(str):
    pass
P = namedtuple("P", "x y")
print(json.dumps([Color.RED, MyDict(a=1), MyList([1]), MyStr("s"), P(1, 2), OrderedDict(b=1, a=2), True, 1.0, 2 ** 70]))
print(json.dumps({Color.RED: 1, MyStr("k"): 2, 1.5: 3, False: 4}))
class F(float):
    def __repr__(self):
        return "F!"
print(json.dumps([F(1.5), float("1e400") if False else 0.0]))
