import threading
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    blocked = ex.submit(gate.wait)
    fast = ex.submit(lambda: 7)
    done, not_done = wait([blocked, fast], return_when=FIRST_COMPLETED)
    print(fast in done, blocked in not_done, len(done), len(not_done))
    gate.set()
    done, not_done = wait([blocked, fast], return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
