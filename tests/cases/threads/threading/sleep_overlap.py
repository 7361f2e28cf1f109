import threading
import time

def nap():
    time.sleep(0.2)

start = time.monotonic()
threads = [threading.Thread(target=nap) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("at least one nap:", elapsed >= 0.2)
print("naps overlapped:", elapsed < 0.9)
