import re
import threading

def clean(r):
    return re.sub(r"0x[0-9a-f]+", "ADDR", r)

s = threading.Semaphore(3)
print(clean(repr(s)))
s.acquire()
print(clean(repr(s)))
b = threading.BoundedSemaphore(2)
b.acquire()
print(clean(repr(b)))

class Mine(threading.Semaphore):
    pass

print(clean(repr(Mine(0))))
