import threading
import time

s = threading.Semaphore(0)
start = time.monotonic()
print(s.acquire(timeout=0.05))
print(time.monotonic() - start >= 0.05)
print(s.acquire(True, 0))
s.release()
print(s.acquire(timeout=0.05))
