import queue

print(queue.Queue[int])
print(queue.SimpleQueue[str])
print(queue.PriorityQueue[tuple])
print(queue.LifoQueue[int].__origin__ is queue.LifoQueue)
