import queue

q = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
    q.put(item)
print([q.get() for _ in range(q.qsize())])
q.put({"x": 1})
try:
    q.put({"y": 2})
except TypeError as e:
    print("TypeError:", e)
print(q.qsize())
