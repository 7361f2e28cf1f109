import threading
from concurrent.futures import ThreadPoolExecutor, as_completed, TimeoutError

gate = threading.Event()
with ThreadPoolExecutor(2) as ex:
    quick = ex.submit(lambda: "quick")
    stuck = ex.submit(gate.wait)
    seen = []
    try:
        for f in as_completed([quick, stuck], timeout=0.5):
            seen.append(f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
    print(seen)
    gate.set()
