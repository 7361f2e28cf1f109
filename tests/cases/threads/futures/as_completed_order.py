import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

gates = [threading.Event() for _ in range(3)]

def task(i):
    gates[i].wait()
    return i

with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(task, i) for i in range(3)]
    for i in (2, 0, 1):
        gates[i].set()
        wait([fs[i]])
    print(sorted(f.result() for f in as_completed(fs)))
    order = []
    gates2 = [threading.Event() for _ in range(3)]
    fs2 = [ex.submit(lambda i=i: gates2[i].wait() and i) for i in range(3)]
    it = as_completed(fs2)
    for i in (1, 2, 0):
        gates2[i].set()
        order.append(next(it).result())
    print(order)
