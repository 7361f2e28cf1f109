import re
import threading

def clean(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", r)

b = threading.Barrier(2)
print(clean(repr(b)))
b.abort()
print(clean(repr(b)))
b.reset()
print(clean(repr(b)))
