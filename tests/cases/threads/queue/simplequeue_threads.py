import queue
import threading

q = queue.SimpleQueue()
out = []

def consumer():
    for _ in range(6):
        out.append(q.get())

t = threading.Thread(target=consumer)
t.start()
for i in range(6):
    q.put(i)
t.join()
print(out)
