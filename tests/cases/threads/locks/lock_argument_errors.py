import threading

lock = threading.Lock()
cases = [
    lambda: lock.acquire(False, 1),
    lambda: lock.acquire(blocking=False, timeout=0.5),
    lambda: lock.acquire(timeout=-2),
    lambda: lock.acquire(timeout=-0.5),
    lambda: lock.acquire(timeout="x"),
    lambda: lock.acquire(1, 2, 3),
    lambda: lock.acquire(nope=1),
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(timeout=-1))
print(lock.locked())
