import threading

e = threading.Event()
print(e.is_set())
e.set()
print(e.is_set())
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0))
e.clear()
print(e.is_set())
