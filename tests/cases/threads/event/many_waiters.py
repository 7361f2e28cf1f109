import threading

gate = threading.Event()
lock = threading.Lock()
passed = []

def runner(i):
    gate.wait()
    with lock:
        passed.append(i)

ts = [threading.Thread(target=runner, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
print("before:", passed)
gate.set()
for t in ts:
    t.join()
print("after:", sorted(passed))
