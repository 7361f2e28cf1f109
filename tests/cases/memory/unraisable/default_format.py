# What the default hook prints: the traceback and "module.qualname: str(value)" only — no
# chained exceptions, no notes, no group boxes, no suggestions; ": " even for an empty message.
import io
import json
import re
import sys


class Raiser:
    def __init__(self, make):
        self.make = make

    def __del__(self):
        raise self.make()


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("chained") from e


class Outer:
    class Inner(Exception):
        pass


class BadStr(Exception):
    def __str__(self):
        raise TypeError("no str")


class OddModule(Exception):
    pass


OddModule.__module__ = 5


def noted():
    e = ValueError("with note")
    e.add_note("a note")
    return e


class HasNope:
    value = 1

    def __del__(self):
        self.valeu


makers = [
    lambda: ValueError(),
    noted,
    lambda: Outer.Inner("nested"),
    lambda: json.JSONDecodeError("bad", "doc", 1),
    lambda: BadStr(),
    lambda: OddModule("odd"),
    lambda: ExceptionGroup("group", [ValueError(1), KeyError(2)]),
]
err = io.StringIO()
sys.stderr = err
for make in makers:
    r = Raiser(make)
    del r


class Chained:
    def __del__(self):
        chained()


c = Chained()
del c
h = HasNope()
del h
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", err.getvalue()), end="")
