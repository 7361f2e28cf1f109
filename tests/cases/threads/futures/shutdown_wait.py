import time
from concurrent.futures import ThreadPoolExecutor

done = []

def job(i):
    time.sleep(0.01)
    done.append(i)

ex = ThreadPoolExecutor(2)
fs = [ex.submit(job, i) for i in range(4)]
ex.shutdown(wait=True)
print(sorted(done), all(f.done() for f in fs))
ex.shutdown()
print("second shutdown is fine")
