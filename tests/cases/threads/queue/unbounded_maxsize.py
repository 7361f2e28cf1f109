import queue

for size in (0, -1):
    q = queue.Queue(size)
    for i in range(1000):
        q.put_nowait(i)
    print(size, q.qsize(), q.full(), q.maxsize)
