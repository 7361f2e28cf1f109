import queue

q = queue.Queue(1)
q.put(item=1, block=True, timeout=None)
print(q.get(block=True, timeout=None))
try:
    q.put()
except TypeError as e:
    print("TypeError:", e)
try:
    q.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
