import queue
import threading

q = queue.Queue()
got = []

def getter():
    got.append(q.get())
    got.append(q.get(timeout=30))

t = threading.Thread(target=getter)
t.start()
q.put("a")
q.put("b")
t.join()
print(got)
