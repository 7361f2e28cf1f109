# LATER (threads): four threads increment one shared counter, each increment under a
# threading.Lock, and also hand a token round a ring of Conditions. Measures lock acquire and
# release, contention and GIL hand-offs; the result does not depend on the interleaving.
# Size: increments per thread.
import sys
import threading
import time

THREADS = 4


class Shared:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.per_thread = [0] * THREADS


def work(shared, me, increments):
    lock = shared.lock
    for _ in range(increments):
        with lock:
            shared.count += 1
            shared.per_thread[me] += 1


def ring(laps):
    """A token passes 0 -> 1 -> 2 -> 3 -> 0 ... `laps` times round, one Condition in all."""
    cond = threading.Condition()
    state = {"holder": 0, "passes": 0}
    total = laps * THREADS

    def runner(me):
        with cond:
            while True:
                while state["holder"] != me and state["passes"] < total:
                    cond.wait()
                if state["passes"] >= total:
                    return
                state["passes"] += 1
                state["holder"] = (me + 1) % THREADS
                cond.notify_all()

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return state["passes"]


def main():
    increments = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    start = time.perf_counter()
    shared = Shared()
    threads = [threading.Thread(target=work, args=(shared, i, increments)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    passes = ring(max(1, increments // 100))
    elapsed = time.perf_counter() - start
    print(f"checksum: count={shared.count} per_thread={shared.per_thread} passes={passes}")
    print(f"bench-elapsed: {elapsed:.6f}", file=sys.stderr)


main()
