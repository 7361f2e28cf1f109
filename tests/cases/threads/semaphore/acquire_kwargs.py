import threading

s = threading.Semaphore(1)
print(s.acquire(blocking=True, timeout=None))
print(s.acquire(timeout=0.01))
s.release()
print(s.acquire(True, 1))
try:
    s.acquire(wait=True)
except TypeError as e:
    print("TypeError:", e)
