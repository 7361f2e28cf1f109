import threading
from concurrent.futures import ThreadPoolExecutor, TimeoutError

release = threading.Event()

def slow(x):
    if x == 1:
        release.wait()
    return x

with ThreadPoolExecutor(2) as ex:
    it = ex.map(slow, [0, 1, 2], timeout=0.5)
    out = [next(it)]
    try:
        out.append(next(it))
    except TimeoutError as e:
        print("TimeoutError", repr(e), TimeoutError is __builtins__.TimeoutError)
    release.set()
print(out)
