import threading

events = [threading.Event() for _ in range(4)]
out = []

def step(i):
    events[i].wait()
    out.append(i)
    if i + 1 < len(events):
        events[i + 1].set()

threads = [threading.Thread(target=step, args=(i,)) for i in reversed(range(4))]
for t in threads:
    t.start()
events[0].set()
for t in threads:
    t.join()
print(out)
