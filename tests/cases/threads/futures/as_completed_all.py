import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def work(n):
    time.sleep(0.001 * (n % 3))
    return n * 3

with ThreadPoolExecutor(3) as ex:
    futures = [ex.submit(work, n) for n in range(9)]
    got = sorted(f.result() for f in as_completed(futures))
print(got)
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(work, 1)
    print([x.result() for x in as_completed([f, f, f])])
print(list(as_completed([])))
