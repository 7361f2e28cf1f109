import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION

gate = threading.Event()

def boom():
    raise KeyError("bad")

with ThreadPoolExecutor(3) as ex:
    slow = ex.submit(gate.wait)
    bad = ex.submit(boom)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    print(repr(bad.exception()))
    gate.set()
    ok = ex.submit(lambda: 1)
    done, not_done = wait([ok], return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
