import threading

r = threading.RLock()
results = []

def other():
    results.append(r.acquire(timeout=0.02))
    results.append(r.acquire(False))

r.acquire()
r.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
r.release()
t2 = threading.Thread(target=other)
t2.start()
t2.join()
print(results)
