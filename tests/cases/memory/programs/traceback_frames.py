# An exception keeps the frames it passed through alive through its traceback: their locals die
# only when the exception (or the traceback) is dropped.
import sys


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    r = Res("inner local")
    raise ValueError("boom")


def outer():
    r = Res("outer local")
    inner()


try:
    outer()
except ValueError as e:
    print("caught", e)
print("after except: e deleted, frames freed")

try:
    outer()
except ValueError as e:
    saved = e
print("saved exception keeps the frames")
tb = saved.__traceback__
del saved
print("traceback still holds them")
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_frame.f_code.co_name)
del tb
print("traceback dropped")


def handler():
    try:
        outer()
    except ValueError:
        info = sys.exc_info()
        print("exc_info", info[0].__name__)
        return info[2]


t = handler()
print("returned traceback")
t = None
print("after t = None")


def swallow():
    try:
        inner()
    except ValueError:
        pass
    print("swallowed")


swallow()
print("end")
