# Two threads take the same two locks in opposite orders.
#
# `transfer_ab` takes `a` then `b`; `transfer_ba` takes `b` then `a`. If each takes its first
# lock before the other takes its second, each waits for a lock the other holds: a wait-for
# cycle, and neither can ever go on. The sleep inside the first lock makes that interleaving
# certain — under CPython 3.11 time.sleep releases the GIL, so the other thread runs and takes
# its first lock — and CPython then hangs. pyglass reports the deadlock (exit status 3): each
# thread, the lock it waits for and who holds it, the cycle T1 -> T2 -> T1, and every thread's
# stack.
#
# Run:   pyglass --seed 3 examples/threads/lock_ordering_deadlock.py
# Without the sleeps the deadlock depends on where the threads are switched;
# `pyglass --lock-order-check` reports the inconsistent order even when a run does not hang.
# Fix:   take the locks in one global order everywhere.
import threading
import time

a = threading.Lock()
b = threading.Lock()


def transfer_ab():
    with a:
        time.sleep(0.1)
        with b:
            print("T1 has both locks")


def transfer_ba():
    with b:
        time.sleep(0.1)
        with a:
            print("T2 has both locks")


t1 = threading.Thread(target=transfer_ab, name="T1")
t2 = threading.Thread(target=transfer_ba, name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
print("never printed")
