import queue

q = queue.SimpleQueue()
print(q.empty(), q.qsize())
q.put(1)
q.put_nowait(2)
q.put(3, block=False, timeout=5)
print(q.qsize(), q.get(), q.get_nowait(), q.get(False))
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(type(q).__name__, type(q).__module__)
