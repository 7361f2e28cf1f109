# Two threads change one global counter without a lock, 200,000 times each.
#
# Under CPython 3.11 this prints 0 every time: a thread gives up the GIL only where the eval
# loop checks its "eval breaker" — on function entry, after a backward jump, after a call — and
# in this loop that is the jump back to `for`, after `target += 1` has stored its result. Older
# CPythons (3.9 and before) could switch between the load and the store, and the count came out
# wrong. pyglass does what 3.11 does by default; `pyglass --switch-points=any` allows a switch
# between any two instructions and shows the lost updates (the same number for the same run).
import sys
import threading

sys.setswitchinterval(1e-5)
target = 0


def inc():
    global target
    for _ in range(200_000):
        target += 1


def dec():
    global target
    for _ in range(200_000):
        target -= 1


a = threading.Thread(target=inc)
b = threading.Thread(target=dec)
a.start()
b.start()
a.join()
b.join()
print(target)
