import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False))
s.release()
print(s.acquire(blocking=False), s.acquire(blocking=False))
s.release()
s.release()
s.release()
print([s.acquire(False) for _ in range(4)])
