import threading

s = threading.Semaphore(1.5)
print(s.acquire(False), s.acquire(False))
s.release()
s2 = threading.Semaphore(True)
print(s2.acquire(False), s2.acquire(False))
try:
    threading.Semaphore("1")
except TypeError as e:
    print("TypeError:", e)
