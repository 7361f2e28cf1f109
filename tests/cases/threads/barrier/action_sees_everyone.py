import threading

arrived = []
lock = threading.Lock()
snapshots = []
b = threading.Barrier(3, action=lambda: snapshots.append(sorted(arrived)))

def party(name):
    with lock:
        arrived.append(name)
    b.wait()

ts = [threading.Thread(target=party, args=(n,)) for n in "xyz"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(snapshots)
