import queue

q = queue.Queue(maxsize=2)
q.put_nowait("a")
q.put("b", block=False)
print(q.full(), q.qsize())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e), type(e).__module__)
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.full())
