# A pool of 100 worker threads runs 1,000 small tasks submitted to it.
#
# ThreadPoolExecutor.submit puts a work item on a queue and returns a Future at once; idle
# workers take items off the queue (CPython 3.11 starts a new worker per submit until
# max_workers are running, unless one is idle). result() blocks until that task has run.
# The order in which workers finish differs from run to run in CPython; collecting the results
# through the futures, in submission order, makes the output the same every time.
#
# Run:   pyglass --seed 3 examples/threads/thread_pool.py
import threading
from concurrent.futures import ThreadPoolExecutor

names = set()


def square(n):
    names.add(threading.current_thread().name)
    return n * n


with ThreadPoolExecutor(max_workers=100) as pool:
    futures = [pool.submit(square, n) for n in range(1000)]
    results = [f.result() for f in futures]

print("tasks:", len(results))
print("sum of squares:", sum(results))
print("first five:", results[:5])
# At most 100 workers ever ran; every name has the pool's prefix.
print("workers used <= 100:", len(names) <= 100)
print("all pool threads:", all(n.startswith("ThreadPoolExecutor-") for n in names))
