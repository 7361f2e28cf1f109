import threading

b = threading.Barrier(4)
indices = []
lock = threading.Lock()

def party():
    i = b.wait()
    with lock:
        indices.append(i)

ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices), b.broken, b.n_waiting, b.parties)
