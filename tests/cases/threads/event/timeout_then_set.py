import threading

e = threading.Event()
out = []

def waiter():
    out.append(("first", e.wait(0.01)))
    out.append(("second", e.wait(30)))

t = threading.Thread(target=waiter)
t.start()
while not out:
    t.join(0.005)
e.set()
t.join()
print(out)
