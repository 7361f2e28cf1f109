import threading
import time

sem = threading.Semaphore(2)
lock = threading.Lock()
active = [0]
peak = [0]

def job():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1

ts = [threading.Thread(target=job) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within limit:", peak[0] <= 2, "active now:", active[0])
