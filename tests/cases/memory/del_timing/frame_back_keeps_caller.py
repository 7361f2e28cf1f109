# A frame object that outlives its call keeps its caller's frame as f_back (CPython's
# take_ownership), and so the caller's locals: they die with the last frame that holds them.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def current():
    return sys._getframe()


def caller():
    d = D("caller's local")
    return current()


fr = caller()
print("after caller:", fr.f_code.co_name, "<-", fr.f_back.f_code.co_name)
del fr
print("after del fr")


# Two levels up: the outermost finished frame is held only through f_back.f_back.
def top():
    d = D("top's local")
    return middle()


def middle():
    m = D("middle's local")
    return current()


fr = top()
print("after top:", fr.f_back.f_code.co_name, "<-", fr.f_back.f_back.f_code.co_name)
back = fr.f_back.f_back
del fr
print("after del fr (top's frame still held)")
del back
print("after del back")


# An exception caught inside the callee: its traceback holds the callee's frame, whose f_back
# holds the caller's.
def catcher():
    try:
        raise ValueError("x")
    except ValueError as e:
        return e


def outer():
    d = D("outer's local")
    return catcher()


e = outer()
print("after outer:", e.__traceback__.tb_frame.f_back.f_code.co_name)
e = None
print("after e = None")


# A suspended generator's frame has no f_back: its caller's locals die on return.
def gen():
    yield 1
    yield 2


def starter():
    d = D("starter's local")
    g = gen()
    next(g)
    return g


g = starter()
print("after starter:", g.gi_frame.f_back)
del g
print("end")
