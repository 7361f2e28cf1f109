import threading

total = 0
lock = threading.Lock()

def add(n):
    global total
    for _ in range(n):
        lock.acquire()
        try:
            total += 1
        finally:
            lock.release()

threads = [threading.Thread(target=add, args=(2500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
