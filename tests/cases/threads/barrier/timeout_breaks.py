import threading

b = threading.Barrier(3)
results = []

def party():
    try:
        b.wait(timeout=0.05)
        results.append("passed")
    except threading.BrokenBarrierError as e:
        results.append("broken %r" % (e,))

ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("wait on a broken barrier raises")
