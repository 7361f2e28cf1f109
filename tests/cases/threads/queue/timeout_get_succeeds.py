import queue
import threading

q = queue.Queue()
out = []

def getter():
    out.append(q.get(timeout=30))

t = threading.Thread(target=getter)
t.start()
q.put("delivered")
t.join()
print(out, q.empty())
