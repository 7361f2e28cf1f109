import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
gate = threading.Event()

def job():
    started.set()
    gate.wait()
    return "finished"

with ThreadPoolExecutor(1) as ex:
    f = ex.submit(job)
    pending = ex.submit(job)
    started.wait()
    print(f.running(), f.cancel())
    print(pending.cancel(), pending.cancelled())
    gate.set()
    print(f.result())
print(pending.done())
