import threading

b = threading.Barrier(3)
print(b.n_waiting)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    ts[0].join(0.001)
print(b.n_waiting)
print(b.wait() in (0, 1, 2))
for t in ts:
    t.join()
print(b.n_waiting)
