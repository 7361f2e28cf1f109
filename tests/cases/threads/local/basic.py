import threading

data = threading.local()
data.value = "main"
seen = []
lock = threading.Lock()

def job(i):
    data.value = i
    with lock:
        seen.append((i, data.value))

ts = [threading.Thread(target=job, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(data.value)
