import queue
import threading

q = queue.Queue(5)
print(q.maxsize, q.unfinished_tasks)
print(type(q.mutex) is type(threading.Lock()))
print(type(q.not_empty).__name__, type(q.not_full).__name__, type(q.all_tasks_done).__name__)
print(q.not_empty._lock is q.mutex is q.not_full._lock)
q.put(1)
print(q.unfinished_tasks, list(q.queue))
