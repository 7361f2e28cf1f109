import threading

lock = threading.Lock()
print(lock.acquire(1))
print(lock.acquire(0))
print(lock.acquire(blocking=[]))
print(lock.acquire(""))
lock.release()
print(lock.acquire(blocking="yes", timeout=0.01))
print(lock.acquire(True, 0.01))
