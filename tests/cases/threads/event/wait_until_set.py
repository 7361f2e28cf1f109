import threading

e = threading.Event()
results = []

def waiter():
    results.append(e.wait())
    results.append(e.is_set())

t = threading.Thread(target=waiter)
t.start()
e.set()
t.join()
print(results)
