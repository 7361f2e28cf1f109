import threading

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())
print(lock.acquire(True, 0.01))
lock.release()
