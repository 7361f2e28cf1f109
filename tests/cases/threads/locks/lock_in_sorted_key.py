import threading

lock = threading.Lock()
go = threading.Event()
out = []

def key(x):
    with lock:
        return -x

def sorter():
    go.wait()
    out.append(sorted([3, 1, 2], key=key))

t = threading.Thread(target=sorter)
t.start()
with lock:
    go.set()
    out.append("main held the lock")
t.join()
print(out)
