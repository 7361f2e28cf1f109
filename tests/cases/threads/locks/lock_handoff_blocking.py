import threading

lock = threading.Lock()
started = threading.Event()
log = []

def waiter():
    started.set()
    with lock:
        log.append("waiter got the lock")

lock.acquire()
t = threading.Thread(target=waiter)
t.start()
started.wait()
log.append("main releases")
lock.release()
t.join()
print(log)
