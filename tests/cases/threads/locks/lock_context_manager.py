import threading

lock = threading.Lock()
with lock as value:
    print("inside:", lock.locked(), value)
print("after:", lock.locked())
try:
    with lock:
        raise KeyError("boom")
except KeyError as e:
    print("caught", e, "locked:", lock.locked())
print(lock.__enter__(), lock.locked())
print(lock.__exit__(None, None, None), lock.locked())
