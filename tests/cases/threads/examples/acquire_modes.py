# Lock.acquire in its three modes: blocking, non-blocking and with a timeout.
#
# - acquire() (blocking=True, timeout=-1) waits as long as it takes and returns True;
# - acquire(blocking=False) never waits: True if it took the lock, False if it was held;
# - acquire(timeout=t) waits at most t seconds: False if the lock was still held then.
# A plain Lock may be released by any thread (unlike an RLock), and CPython 3.11 rejects a
# timeout on a non-blocking call with ValueError.
#
# Run:   pyglass --seed 1 examples/threads/acquire_modes.py
import threading
import time

lock = threading.Lock()

print("blocking acquire:", lock.acquire())
print("non-blocking acquire while held:", lock.acquire(blocking=False))

start = time.monotonic()
print("acquire(timeout=0.25) while held:", lock.acquire(timeout=0.25))
print("waited at least 0.25 s:", time.monotonic() - start >= 0.25)


def release_soon():
    time.sleep(0.1)
    # Another thread may release a plain Lock.
    lock.release()


threading.Thread(target=release_soon).start()
print("acquire(timeout=5) released by another thread:", lock.acquire(timeout=5))
lock.release()

try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
