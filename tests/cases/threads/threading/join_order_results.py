import threading
import time

results = [None] * 5

def slow(i):
    time.sleep(0.01 * (5 - i))
    results[i] = i * 10

threads = [threading.Thread(target=slow, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
