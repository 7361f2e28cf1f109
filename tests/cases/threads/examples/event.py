# threading.Event: one thread waits until another sets a flag.
#
# Event.wait() blocks until set() is called (or its timeout passes); every waiter is released
# at once, and later waits return immediately until clear(). wait(timeout) returns the flag:
# False when it timed out (CPython 3.11 returns the internal flag, not whether it was woken).
#
# Run:   pyglass --seed 1 examples/threads/event.py
import threading
import time

ready = threading.Event()
log = []


def worker(i):
    ready.wait()
    log.append(f"worker {i} saw the event")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.5)
# No worker can have run past wait() yet.
print("before set:", log)
ready.set()
for t in threads:
    t.join()
print("after set:", sorted(log))

# A timeout: the flag is cleared, so wait(0.2) returns False after 0.2 s.
ready.clear()
print("wait with timeout:", ready.wait(0.2))
print("is_set:", ready.is_set())
