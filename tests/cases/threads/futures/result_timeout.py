import threading
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    start = time.monotonic()
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", repr(e), time.monotonic() - start >= 0.05)
    try:
        f.exception(timeout=0)
    except TimeoutError:
        print("exception() times out too")
    gate.set()
    print(f.result(timeout=10))
