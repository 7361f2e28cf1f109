# The nesting of lock_nesting_deadlock.py with an RLock: it completes.
#
# A reentrant lock records its owner and a count (CPython 3.11's C RLock, Modules/_threadmodule.c):
# the owner may acquire it again, which only increments the count, and it is free again once
# the owner has released it as many times as it acquired it. Another thread still has to wait.
import threading

lock = threading.RLock()
log = []


def update():
    with lock:
        log.append("outer")
        with lock:
            log.append("inner")
            # Taken twice by this thread: a second release is needed before others may take it.
            log.append(f"count inside: {lock._recursion_count()}")
    log.append(f"count after: {lock._recursion_count()}")


def other():
    # Waits while the main thread holds the lock, then takes it in turn.
    with lock:
        log.append("other thread took it")


update()
t = threading.Thread(target=other)
t.start()
t.join()
print("\n".join(log))
# Releasing an RLock one does not own is an error, unlike a plain Lock.
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
