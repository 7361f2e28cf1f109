import threading

results = []
lock = threading.Lock()

def work(n):
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
