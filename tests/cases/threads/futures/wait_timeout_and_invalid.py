import threading
from concurrent.futures import ThreadPoolExecutor, wait

gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(gate.wait)
    done, not_done = wait([f], timeout=0.05)
    print(len(done), len(not_done))
    try:
        wait([f], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    gate.set()
    print(wait([f]).done == {f})
