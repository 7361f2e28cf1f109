import threading

for lock in (None, threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    for name in ("wait", "notify", "notify_all"):
        try:
            getattr(cond, name)()
        except RuntimeError as e:
            print(name, "RuntimeError:", e)
