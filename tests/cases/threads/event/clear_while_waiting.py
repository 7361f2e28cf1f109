import threading

e = threading.Event()
got = []

def waiter():
    got.append(e.wait(0.05))

e.set()
e.clear()
t = threading.Thread(target=waiter)
t.start()
t.join()
print(got, e.is_set())
