import _thread
import threading

print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is _thread.error is RuntimeError)
print(threading.get_ident is _thread.get_ident)
print(threading.Lock is _thread.allocate_lock)
print(sorted(threading.__all__))
for name in threading.__all__:
    assert hasattr(threading, name), name
print(callable(threading.RLock), callable(threading.local))
