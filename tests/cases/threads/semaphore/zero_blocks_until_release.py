import threading

s = threading.Semaphore(0)
log = []

def waiter():
    s.acquire()
    log.append("acquired")

t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
log.append("alive %s" % t.is_alive())
s.release()
t.join()
print(log)
