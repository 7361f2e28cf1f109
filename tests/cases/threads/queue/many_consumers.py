import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        try:
            n = tasks.get_nowait()
        except queue.Empty:
            return
        results.put((n, n ** 2))

for i in range(30):
    tasks.put(i)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out)[:5], len(out))
