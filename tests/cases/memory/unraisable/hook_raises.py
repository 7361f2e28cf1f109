# A hook that raises: its own exception is reported by the default hook as "Exception ignored
# in sys.unraisablehook: <hook>". A hook that is not callable fails in the call. None, or no
# sys.unraisablehook at all, means the default hook.
import io
import re
import sys


class A:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        raise ValueError("del " + self.tag)


def bad_hook(u):
    print("bad_hook called for", u.exc_value)
    raise RuntimeError("the hook failed")


err = io.StringIO()
sys.stderr = err
sys.unraisablehook = bad_hook
a = A("one")
del a
sys.unraisablehook = 42
a = A("two")
del a
sys.unraisablehook = None
a = A("three")
del a
del sys.unraisablehook
print(hasattr(sys, "unraisablehook"))
a = A("four")
del a
sys.unraisablehook = sys.__unraisablehook__
a = A("five")
del a
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", err.getvalue()), end="")
print("end")
