import threading

cond = threading.Condition()
ready = threading.Event()
result = []

def waiter():
    with cond:
        ready.set()
        result.append(cond.wait(timeout=30))

t = threading.Thread(target=waiter)
t.start()
ready.wait()
with cond:
    cond.notify()
t.join()
print(result)
