import threading

lock = threading.Lock()
cond = threading.Condition(lock)
data = []

def producer():
    for i in range(5):
        with cond:
            data.append(i)
            cond.notify()

def consumer(out):
    while len(out) < 5:
        with cond:
            cond.wait_for(lambda: data)
            out.append(data.pop(0))

out = []
c = threading.Thread(target=consumer, args=(out,))
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
print(out, lock.locked())
print(cond.acquire(), lock.locked())
cond.release()
