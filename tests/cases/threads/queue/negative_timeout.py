import queue

q = queue.Queue(1)
for call in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-0.5)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
q.put(1)
try:
    q.put(2, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("even with an item queued:", e)
print(q.get(timeout=0))
print(queue.Queue().put(3, timeout=-1))
