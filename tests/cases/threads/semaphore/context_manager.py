import threading

s = threading.BoundedSemaphore(1)
with s as value:
    print("inside", value, s.acquire(False))
print("after", s.acquire(False))
s.release()
try:
    with s:
        raise OSError("x")
except OSError:
    pass
print(s.acquire(False))
