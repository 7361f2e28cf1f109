import threading

calls = []
b = threading.Barrier(3, action=lambda: calls.append(threading.current_thread().name))
ts = [threading.Thread(target=b.wait, name="p%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(calls), calls[0] in ("p0", "p1", "p2"))
