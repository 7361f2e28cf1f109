import queue
import threading
import time

q = queue.Queue()
processed = []

def worker():
    while True:
        item = q.get()
        time.sleep(0.01)
        processed.append(item)
        q.task_done()

threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
q.join()
print(processed)
