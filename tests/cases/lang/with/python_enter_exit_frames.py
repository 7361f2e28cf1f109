# __enter__ and __exit__ written in Python, called by BEFORE_WITH and WITH_EXCEPT_START: values,
# swallowing, exceptions raised inside them (tracebacks), odd signatures, f_back, trace events.
import sys
import traceback


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name, sys._getframe().f_back.f_code.co_name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value, tb is not None)
        return self.swallow


class VarExit:
    def __enter__(self, *extra):
        return extra

    def __exit__(self, *args):
        print("varexit", len(args), args[0])
        return True


class BadEnter:
    def __enter__(self):
        raise ValueError("from enter")

    def __exit__(self, *a):
        print("never")


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        raise KeyError("from exit")


class Defaults:
    def __enter__(self, x=5):
        return x

    def __exit__(self, a, b, c, d=None):
        print("defaults exit", a, d)


def run():
    with CM("a") as x:
        print("body", x)
    with CM("b", swallow=True):
        1 // 0
    print("after b")
    try:
        with CM("c"):
            [][1]
    except IndexError as e:
        print("caught", e)
    with VarExit() as v:
        print("varenter", v)
        raise OSError("x")
    with Defaults() as d:
        print("d", d)
    for cm in (BadEnter(), BadExit()):
        try:
            with cm:
                raise TypeError("body")
        except Exception as e:
            print(type(e).__name__, e, repr(e.__context__))
            print("".join(traceback.format_tb(e.__traceback__)).count("line"))
    with CM("outer"), CM("inner", swallow=True):
        raise RuntimeError("nested")
    print("done")


run()
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name))
    return tracer


sys.settrace(tracer)
with CM("traced", swallow=True):
    raise ValueError("t")
sys.settrace(None)
print([e for e in events if e[0] != "line"])
print(sum(1 for e in events if e[0] == "line"))
