import threading
import time

lock = threading.Lock()
lock.acquire()
start = time.monotonic()
print(lock.acquire(timeout=0.05))
print(time.monotonic() - start >= 0.05)
print(lock.acquire(True, 0))
print(lock.acquire(timeout=0))
lock.release()
print(lock.acquire(timeout=0.05))
