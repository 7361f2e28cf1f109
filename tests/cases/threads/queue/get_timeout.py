import queue
import time

q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty", time.monotonic() - start >= 0.05)
try:
    q.get(True, 0)
except queue.Empty:
    print("Empty with zero timeout")
