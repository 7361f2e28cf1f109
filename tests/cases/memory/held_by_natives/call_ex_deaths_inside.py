# A function called through f(*args) / f(**kwargs) (CALL_FUNCTION_EX): deaths inside it happen
# at its own instructions, not when the call returns; the argument tuple and dict stay held.
import sys


class Temp:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("dies:", self.name)


def job(tag, extra=None):
    Temp(tag)
    print("after", tag)


class Owner:
    def method(self, tag):
        Temp(tag)
        print("after", tag)


def count(x):
    return sys.getrefcount(x)


args = ("star",)
job(*args)
job(**{"tag": "double-star"})
job(*["list"], extra=1)
Owner().method(*("method",))
held = []
t = (held,)
print("refcount through *t:", count(*t))
