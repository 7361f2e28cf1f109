import _thread
import re
import threading

def clean(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", r)

lock = threading.Lock()
print(clean(repr(lock)))
lock.acquire()
print(clean(repr(lock)))
print(type(lock).__name__, type(lock).__module__)
print(type(lock) is _thread.LockType)
print(isinstance(_thread.allocate_lock(), _thread.LockType))
try:
    type(lock)()
except TypeError as e:
    print("TypeError:", e)
