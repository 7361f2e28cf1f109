import _thread
import signal
import threading

# _thread.interrupt_main() simulates SIGINT: the Python handler runs in the main thread.
seen = []

def handler(signum, frame):
    seen.append((signum, threading.current_thread().name))

signal.signal(signal.SIGINT, handler)
_thread.interrupt_main()
for _ in range(100):
    pass
print(seen)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    for _ in range(100):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")

def worker():
    _thread.interrupt_main()

signal.signal(signal.SIGINT, handler)
t = threading.Thread(target=worker, name="w")
t.start()
t.join()
for _ in range(100):
    pass
print(seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
for _ in range(100):
    pass
print("ignored")
