import threading

a = threading.Lock()
b = threading.Lock()
count = [0]

def worker():
    for _ in range(300):
        with a:
            with b:
                count[0] += 1

ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count[0], a.locked(), b.locked())
