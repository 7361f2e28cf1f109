import threading

b = threading.Barrier(2)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken")
b.reset()
got = []
t = threading.Thread(target=lambda: got.append(b.wait()))
t.start()
got.append(b.wait())
t.join()
print(sorted(got))
