# DEBUG_SAVEALL keeps what a collection found in gc.garbage instead of freeing it; DEBUG_LEAK
# is COLLECTABLE | UNCOLLECTABLE | SAVEALL.
import gc
import io
import re
import sys

class Foo:
    def __repr__(self):
        return "<Foo>"

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = Foo()
a.me = a
del a
print(gc.collect())
print(gc.garbage, [type(o).__name__ for o in gc.garbage])
gc.garbage[0].me = None
gc.garbage.clear()
buf = io.StringIO()
sys.stderr, old = buf, sys.stderr
gc.set_debug(gc.DEBUG_LEAK)
l = []
l.append(l)
del l
print(gc.collect())
gc.set_debug(0)
sys.stderr = old
print(re.sub(r"0x[0-9a-f]+", "0xADDR", buf.getvalue()), end="")
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
gc.garbage.clear()
