import threading

print(threading.BrokenBarrierError.__mro__)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
e = threading.BrokenBarrierError("x")
print(repr(e), str(e))
try:
    threading.Barrier(2, timeout=0.01).wait()
except RuntimeError as e:
    print(type(e).__name__, e.args)
