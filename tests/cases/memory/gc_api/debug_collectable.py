# DEBUG_COLLECTABLE names each object a collection frees: type and address.
import gc
import io
import re
import sys

class Foo:
    pass

gc.collect()
buf = io.StringIO()
sys.stderr, old = buf, sys.stderr
gc.set_debug(gc.DEBUG_COLLECTABLE)
a = Foo()
a.me = a
del a
print(gc.collect())
b = [1]
b.append(b)
del b
print(gc.collect())
d = {}
d["self"] = d
del d
print(gc.collect())
gc.set_debug(0)
sys.stderr = old
print(re.sub(r"0x[0-9a-f]+", "0xADDR", buf.getvalue()), end="")
print(gc.garbage)
