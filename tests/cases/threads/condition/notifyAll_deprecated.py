import threading
import warnings

cond = threading.Condition()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with cond:
        cond.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)
