import threading
import time

e = threading.Event()
start = time.monotonic()
print(e.wait(0.05))
print(time.monotonic() - start >= 0.05)
print(e.wait(timeout=0))
print(e.wait(-1))
