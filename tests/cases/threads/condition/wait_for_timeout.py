import threading
import time

cond = threading.Condition()
calls = []

def pred():
    calls.append(1)
    return False

with cond:
    start = time.monotonic()
    result = cond.wait_for(pred, timeout=0.05)
    elapsed = time.monotonic() - start
print(result, elapsed >= 0.05, len(calls) >= 2)
with cond:
    print(cond.wait_for(lambda: 0, timeout=0))
    print(cond.wait_for(lambda: "value"))
    print(cond.wait_for(lambda: [], timeout=0.01))
