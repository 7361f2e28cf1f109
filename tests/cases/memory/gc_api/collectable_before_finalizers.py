# DEBUG_COLLECTABLE's lines are written as soon as the collector knows its garbage, before the
# weakref callbacks and finalizers run (and so before anything they write to sys.stderr).
import gc
import io
import re
import sys
import weakref


class Finalized:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        sys.stderr.write(f"__del__ {self.name}\n")


def make():
    a = Finalized("a")
    b = Finalized("b")
    a.other, b.other = b, a
    return weakref.ref(a, lambda r: sys.stderr.write("callback for a\n"))


gc.disable()
gc.collect()
r = make()
sys.stderr = err = io.StringIO()
gc.set_debug(gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS)
n = gc.collect()
gc.set_debug(0)
sys.stderr = sys.__stderr__
text = re.sub(r" 0x[0-9a-f]+", "", err.getvalue())
text = re.sub(r"\d+\.\d+s elapsed", "...s elapsed", text)
text = re.sub(r"objects in each generation: .*", "objects in each generation: ...", text)
print(text, end="")
print("collected", n)
