import threading
import warnings

t = threading.Thread(target=print, name="old")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(t.getName())
    t.setName("new")
    print(t.isDaemon())
    t.setDaemon(True)
    print(threading.currentThread().name)
    print(threading.activeCount())
    e = threading.Event()
    print(e.isSet())
print(t.name, t.daemon)
for w in caught:
    print(w.category.__name__, w.message)
