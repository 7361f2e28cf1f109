import threading

r = threading.RLock()
cond = threading.Condition(r)
log = []

def worker():
    with r:
        with r:
            log.append(("worker depth", r._recursion_count()))
            cond.notify()

with cond:
    t = threading.Thread(target=worker)
    t.start()
    cond.wait()
    log.append(("main back", r._recursion_count()))
t.join()
print(log)
