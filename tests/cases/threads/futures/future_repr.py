import re
from concurrent.futures import Future

def clean(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", r)

f = Future()
print(clean(repr(f)))
f.set_running_or_notify_cancel()
print(clean(repr(f)))
f.set_result([1])
print(clean(repr(f)))
g = Future()
g.set_exception(KeyError("k"))
print(clean(repr(g)))
h = Future()
h.cancel()
print(clean(repr(h)))
n = Future()
n.set_result(None)
print(clean(repr(n)))

class MyFuture(Future):
    pass

print(clean(repr(MyFuture())))
