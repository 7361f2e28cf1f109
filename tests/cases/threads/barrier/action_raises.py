import threading

def action():
    raise ValueError("action failed")

b = threading.Barrier(3, action=action)
out = []
lock = threading.Lock()

def party():
    try:
        b.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "BrokenBarrierError"
    except ValueError as e:
        r = "ValueError: %s" % e
    with lock:
        out.append(r)

ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken)
