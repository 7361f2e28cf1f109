import threading
import time

go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
start = time.monotonic()
t.join(timeout=0.05)
print("waited long enough:", time.monotonic() - start >= 0.05)
print("alive after timed join:", t.is_alive())
t.join(0)
t.join(-1)
print("still alive:", t.is_alive())
go.set()
t.join(timeout=5)
print("alive at end:", t.is_alive())
