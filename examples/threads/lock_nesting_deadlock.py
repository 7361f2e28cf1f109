# A thread takes a plain Lock it already holds.
#
# threading.Lock is not reentrant: the second `with lock:` waits for the lock to be released,
# and only this thread could release it. CPython 3.11 hangs here forever (the acquire waits on
# the lock with no timeout; nothing ever wakes it). pyglass sees that no thread can run and
# nothing — no timer, no I/O — can wake one, and stops with a deadlock report instead: which
# thread waits for which lock ("which it holds itself": a self-deadlock), where the lock was
# created, and the thread's stack. The exit status is 3.
#
# Run:   pyglass examples/threads/lock_nesting_deadlock.py
# Fix:   use threading.RLock (see rlock_nesting.py), which its owner may take again.
import threading

lock = threading.Lock()


def update(log):
    with lock:
        log.append("outer")
        # Still holding `lock`: this acquire can never succeed.
        with lock:
            log.append("inner")


log = []
print("taking the lock twice")
update(log)
print("never printed", log)
