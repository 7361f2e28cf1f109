import threading

lines = []
lock = threading.Lock()

def hook(args):
    with lock:
        lines.append("%s: %s(%s)" % (args.thread.name, args.exc_type.__name__, args.exc_value))

threading.excepthook = hook

def fail(i):
    raise IndexError(i)

ts = [threading.Thread(target=fail, args=(i,), name="f%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("\n".join(sorted(lines)))
