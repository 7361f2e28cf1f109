import queue

q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")
print(queue.Empty, queue.Full)
print(queue.Empty.__mro__)
print(queue.Full.__mro__)
print(sorted(queue.__all__))
