import queue

q = queue.LifoQueue()
for word in "one two three".split():
    q.put(word)
print([q.get_nowait() for _ in range(3)])
print(isinstance(q, queue.Queue))
