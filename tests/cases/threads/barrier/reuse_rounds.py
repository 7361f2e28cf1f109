import threading

b = threading.Barrier(3)
lock = threading.Lock()
log = []

def party(name):
    for rnd in range(3):
        with lock:
            log.append((rnd, name))
        b.wait()

ts = [threading.Thread(target=party, args=(n,)) for n in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
rounds = [r for r, _ in log]
print(rounds == sorted(rounds), len(log))
