import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
lock.acquire()
lock.release()
try:
    lock.release()
except threading.ThreadError as e:
    print("ThreadError:", e)
