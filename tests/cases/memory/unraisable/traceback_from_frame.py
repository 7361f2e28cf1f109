# An exception raised by C code has no traceback of its own; the report gets one from the frame
# that was running: the `del` line for a built-in weakref callback, the line that dropped a
# generator that ignored GeneratorExit. The hook sees it as exc_traceback, and on the exception.
import io
import re
import sys
import weakref


class B:
    pass


seen = []
sys.unraisablehook = seen.append
b = B()
r = weakref.ref(b, int)
del b
u = seen.pop()
print(u.exc_type.__name__, u.object is int)
print(u.exc_traceback.tb_lineno, u.exc_traceback.tb_frame.f_code.co_name)
print(u.exc_value.__traceback__ is u.exc_traceback)


def gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def drop():
    g = gen()
    next(g)
    g = None
    return "dropped"


print(drop())
u = seen.pop()
print(u.exc_type.__name__, u.exc_value, u.object.__name__)
print(u.exc_traceback.tb_lineno, u.exc_traceback.tb_frame.f_code.co_name)

sys.unraisablehook = sys.__unraisablehook__
sys.stderr = err = io.StringIO()
b = B()
r = weakref.ref(b, len)
b = None
print(drop())
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", err.getvalue()), end="")
