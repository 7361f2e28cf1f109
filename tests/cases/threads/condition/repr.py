import re
import threading

def clean(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", r)

print(clean(repr(threading.Condition())))
print(clean(repr(threading.Condition(threading.Lock()))))
cond = threading.Condition(threading.Lock())
with cond:
    print(clean(repr(cond)))
