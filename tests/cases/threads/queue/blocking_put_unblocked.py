import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
log = []

def putter():
    q.put("second")
    log.append("put done")

t = threading.Thread(target=putter)
t.start()
t.join(0.05)
log.append("blocked: %s" % t.is_alive())
log.append("got " + q.get())
t.join()
log.append("got " + q.get())
print(log)
