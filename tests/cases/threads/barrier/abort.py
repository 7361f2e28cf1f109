import threading

b = threading.Barrier(3)
out = []
waiting = threading.Semaphore(0)

def party():
    waiting.release()
    try:
        b.wait()
    except threading.BrokenBarrierError:
        out.append("broken")

ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for _ in ts:
    waiting.acquire()
while b.n_waiting < 2:
    ts[0].join(0.001)
b.abort()
for t in ts:
    t.join()
print(out, b.broken, b.n_waiting)
