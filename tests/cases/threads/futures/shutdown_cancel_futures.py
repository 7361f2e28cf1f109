import threading
from concurrent.futures import ThreadPoolExecutor

gate = threading.Event()
started = threading.Event()

def blocker():
    started.set()
    gate.wait()
    return "ran"

ex = ThreadPoolExecutor(1)
first = ex.submit(blocker)
started.wait()
queued = [ex.submit(lambda i=i: i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in queued])
gate.set()
print(first.result())
ex.shutdown(wait=True)
print(first.cancelled(), first.done())
