import threading

out = []
lock = threading.Lock()

def tag(label):
    with lock:
        out.append(label)

timers = [threading.Timer(delay, tag, [label]) for delay, label in [(0.3, "c"), (0.1, "a"), (0.2, "b")]]
for t in timers:
    t.start()
for t in timers:
    t.join()
print(out)
