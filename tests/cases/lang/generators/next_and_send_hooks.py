# Profile and trace events around next(gen), gen.send and next(gen, default): the builtin's
# c_call/c_return enclose the generator's call/return; a local of a generator dies when the
# generator finishes inside next(gen, default).
import sys


def g():
    yield 1
    yield 2


def profile(frame, event, arg):
    if event.startswith("c_"):
        print(event, getattr(arg, "__name__", arg))
    else:
        print(event, frame.f_code.co_name)


it = g()
sys.setprofile(profile)
a = next(it)
b = it.send(None)
c = next(it, 9)
sys.setprofile(None)
print(a, b, c)


def trace(frame, event, arg):
    print("trace", event, frame.f_code.co_name, frame.f_lineno)
    return trace


it = g()
sys.settrace(trace)
x = next(it)
try:
    next(iter(it))
    next(it)
except StopIteration:
    pass
sys.settrace(None)


class D:
    def __del__(self):
        print("del D")


def holds():
    d = D()
    yield 1
    print("after the yield")


z = holds()
next(z)
next(z, None)
print("end")
