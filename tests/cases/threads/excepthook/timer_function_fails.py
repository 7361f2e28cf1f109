import threading

def hook(args):
    print(type(args.thread).__name__, args.thread.name, args.exc_type.__name__, args.exc_value)

threading.excepthook = hook

def explode(x):
    raise ValueError("timer %s" % x)

t = threading.Timer(0.01, explode, ["went off"])
t.start()
t.join()
print(t.finished.is_set())
