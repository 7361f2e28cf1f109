# Threads under a GIL: CPU-bound work does not run in parallel, sleeping (I/O-bound) work does.
#
# Only the thread holding the GIL runs Python code, so two threads each counting to N cannot
# finish sooner than doing both counts one after the other: they take turns, handing the GIL
# back and forth every 5 ms (sys.getswitchinterval()). On CPython 3.11 the two wall-clock times
# are close and vary from run to run with the machine's load. time.sleep releases the GIL, so
# two threads sleeping 0.5 s each overlap and finish in about 0.5 s, not 1 s.
#
# Under pyglass the times are on its virtual clock (each instruction costs the same, sleeps
# take no real time), so the numbers are exact and the same on every run of one seed.
#
# Run:   pyglass --seed 0 examples/threads/cpu_vs_sleep.py   (and --seed 3, --seed 4)
import threading
import time

N = 200_000


def count():
    n = 0
    for _ in range(N):
        n += 1


def nap():
    time.sleep(0.5)


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def sequential(work):
    work()
    work()


def in_two_threads(work):
    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# Warm up first: CPython 3.11 specializes a function's bytecode after it has run a few times,
# and the first measurement should not pay for that alone.
count()
cpu_seq = timed(lambda: sequential(count))
cpu_thr = timed(lambda: in_two_threads(count))
io_seq = timed(lambda: sequential(nap))
io_thr = timed(lambda: in_two_threads(nap))
print(f"cpu-bound: sequential {cpu_seq:.6f} s, two threads {cpu_thr:.6f} s")
print(f"sleep-bound: sequential {io_seq:.6f} s, two threads {io_thr:.6f} s")
print("threads did not speed up CPU-bound work:", cpu_thr >= cpu_seq)
print("sleeping threads overlapped:", io_thr < io_seq * 0.75)
