import threading

s = threading.Semaphore(0)
s.release(3)
print([s.acquire(False) for _ in range(4)])
waiting = []
done = []

def taker(i):
    s.acquire()
    done.append(i)

ts = [threading.Thread(target=taker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
s.release(3)
for t in ts:
    t.join()
print(sorted(done))
