import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
