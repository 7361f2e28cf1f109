import threading

counter = 0
lock = threading.Lock()

def bump(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1

threads = [threading.Thread(target=bump, args=(200,)) for _ in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
print(threading.active_count())
