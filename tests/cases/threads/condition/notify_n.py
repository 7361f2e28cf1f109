import threading

cond = threading.Condition()
arrived = threading.Semaphore(0)
done = threading.Semaphore(0)
woken = []

def waiter(i):
    with cond:
        arrived.release()
        cond.wait()
        woken.append(i)
    done.release()

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
# Each waiter released `arrived` while holding the lock and gives the lock up only inside
# wait(): once the lock is ours again, all three are waiting.
with cond:
    cond.notify(2)
done.acquire()
done.acquire()
print(len(woken), done.acquire(timeout=0.05))
with cond:
    cond.notify(5)
for t in ts:
    t.join()
print(sorted(woken))
with cond:
    cond.notify(0)
    cond.notify(-1)
print("ok")
