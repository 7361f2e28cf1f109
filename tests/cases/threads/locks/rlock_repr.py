import re
import threading

def clean(r):
    r = re.sub(r"0x[0-9a-f]+", "ADDR", r)
    return re.sub(r"owner=[0-9]+", lambda m: "owner=0" if m.group() == "owner=0" else "owner=ME", r)

r = threading.RLock()
print(clean(repr(r)))
r.acquire()
r.acquire()
print(clean(repr(r)))
r.release()
print(clean(repr(r)))
r.release()
print(clean(repr(r)))
print(type(r).__name__, type(r).__module__)
