import threading

b = threading.Barrier(2)
out = []

def party():
    try:
        b.wait()
        out.append("passed")
    except threading.BrokenBarrierError:
        out.append("broken by reset")

t = threading.Thread(target=party)
t.start()
while b.n_waiting < 1:
    t.join(0.001)
b.reset()
t.join()
print(out, b.broken)
t2 = threading.Thread(target=party)
t2.start()
b.wait()
t2.join()
print(out)
