# sys.unraisablehook receives every "Exception ignored" report as an UnraisableHookArgs:
# __del__, a weakref callback, a gc callback, a generator finalized while suspended, a thread's
# function and an atexit callback. err_msg is None except for the last two.
import _thread
import atexit
import gc
import sys
import time
import weakref


def name(o):
    return getattr(o, "__qualname__", type(o).__name__)


def hook(u):
    print("hook:", u.exc_type.__name__, repr(u.exc_value), type(u.exc_traceback).__name__)
    print("  err_msg:", repr(u.err_msg), " object:", name(u.object))
    print("  fields:", len(u), u[0] is u.exc_type, u[4] is u.object, type(u).__name__)


sys.unraisablehook = hook
print(sys.__unraisablehook__ is not sys.unraisablehook, sys.__unraisablehook__.__name__)


class A:
    def __del__(self):
        raise ValueError("from __del__")


a = A()
del a
print("after del")


class B:
    pass


b = B()
r = weakref.ref(b, lambda ref: 1 / 0)
del b
print("after weakref")


def cb(phase, info):
    if phase == "stop":
        raise KeyError(phase)


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print("after gc")


def gen():
    try:
        yield 1
    finally:
        yield 2


g = gen()
next(g)
del g
print("after generator")


def in_thread():
    raise LookupError("in thread")


_thread.start_new_thread(in_thread, ())
time.sleep(0.05)
print("after thread")


def at_exit():
    raise OSError("at exit")


atexit.register(at_exit)
print("end")
