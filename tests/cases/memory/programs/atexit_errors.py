# atexit: handlers run last registered first, unregister() removes every registration of a
# function, and an exception in one is reported and the others still run.
import atexit
import sys


def hello(name):
    print("hello", name)


class Fails:
    # A callable whose repr has no address, for the "Exception ignored" line.
    def __call__(self):
        raise ValueError("handler failed")

    def __repr__(self):
        return "<Fails handler>"


fails = Fails()


class Obj:
    def __del__(self):
        print("del obj at exit")


atexit.register(hello, "first")
atexit.register(fails)
atexit.register(hello, "twice")
atexit.register(print, "plain print")
atexit.unregister(hello)
atexit.register(hello, "after unregister")
o = Obj()
print("end of main")
sys.stdout.flush()
