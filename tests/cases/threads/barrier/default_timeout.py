import threading

b = threading.Barrier(2, timeout=0.03)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out with the barrier default")
print(b.broken)
b.reset()
print(b.broken)
