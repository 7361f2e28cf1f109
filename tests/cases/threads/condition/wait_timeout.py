import threading
import time

cond = threading.Condition()
with cond:
    start = time.monotonic()
    result = cond.wait(0.05)
    waited = time.monotonic() - start
print(result, waited >= 0.05)
with cond:
    print(cond.wait(0))
    print(cond.wait(timeout=-1))
