import queue

p = queue.PriorityQueue(maxsize=2)
p.put(5)
p.put(1)
print(p.full())
try:
    p.put_nowait(3)
except queue.Full:
    print("priority queue full")
print(p.get(), p.get())
l = queue.LifoQueue(1)
l.put("x")
try:
    l.put("y", timeout=0.01)
except queue.Full:
    print("lifo queue full")
print(l.get(), l.empty())
