import threading

r = threading.RLock()
r.acquire()
errors = []

def intruder():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
    errors.append(r._is_owned())
    errors.append(r.acquire(timeout=0.01))

t = threading.Thread(target=intruder)
t.start()
t.join()
print(errors)
r.release()
