import threading
import time

fired = []
start = time.monotonic()
t = threading.Timer(0.05, lambda: fired.append(time.monotonic() - start >= 0.05))
t.start()
t.join()
print(fired, t.finished.is_set())
