import threading

r = threading.RLock()
r.acquire()
r.acquire()
r.acquire()
state = r._release_save()
print(type(state).__name__, len(state), state[0])
print(r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
for _ in range(3):
    r.release()
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError:", e)
