import _thread

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release()
r.release()
print(r._recursion_count(), r._is_owned())
with r:
    print(r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
