import queue
import threading

q = queue.Queue(maxsize=3)
STOP = object()
consumed = []

def producer():
    for i in range(20):
        q.put(i)
    q.put(STOP)

def consumer():
    while True:
        item = q.get()
        if item is STOP:
            break
        consumed.append(item)

p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(consumed)
