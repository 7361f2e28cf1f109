import threading

pool = threading.BoundedSemaphore(3)
lock = threading.Lock()
order = []

def use(i):
    with pool:
        with lock:
            order.append(i)

ts = [threading.Thread(target=use, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(order))
try:
    pool.release()
except ValueError as e:
    print(e)
