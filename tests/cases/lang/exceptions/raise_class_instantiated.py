# `raise Class`: the class is called with no arguments, whatever its __new__/__init__ do, and
# what it returns is checked; the traceback and context are those of a raised instance.
import traceback


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self):
        print("init runs")
        super().__init__("made in __init__")


class WithNew(Exception):
    def __new__(cls):
        print("new runs")
        return super().__new__(cls)


class NotAnInstance(Exception):
    def __new__(cls):
        return 42


def it():
    raise StopIteration


for cls in (Plain, WithInit, WithNew, NotAnInstance, ValueError, StopIteration, KeyboardInterrupt):
    try:
        try:
            {}["k"]
        except KeyError:
            raise cls
    except BaseException as e:
        print(type(e).__name__, e.args, type(e.__context__).__name__, e.__cause__)
        print(len(traceback.extract_tb(e.__traceback__)))
try:
    it()
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
