import threading

def hook(args):
    print("hook:", args.thread.name, args.exc_type.__name__, args.exc_value)

threading.excepthook = hook
results = []

def good(n):
    results.append(n)

def bad(n):
    raise ValueError("bad %d" % n)

threads = []
for i in range(4):
    threads.append(threading.Thread(target=good if i % 2 else bad, args=(i,), name="t%d" % i))
for t in threads:
    t.start()
    t.join()
print(sorted(results))
