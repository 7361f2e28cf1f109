import threading

r = threading.RLock()
print(r.acquire(blocking=True, timeout=-1))
print(r.acquire(blocking=False))
r.release()
r.release()
try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.RLock(1)
except TypeError as e:
    print("TypeError:", e)
