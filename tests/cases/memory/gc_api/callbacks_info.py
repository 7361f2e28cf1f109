# gc.callbacks are called with "start" and "stop" and an info dict around each collection.
import gc

class Cycle:
    def __init__(self):
        self.me = self

log = []

def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
for i in range(3):
    Cycle()
print(gc.collect(0))
print(gc.collect(1))
Cycle()
print(gc.collect())
gc.callbacks.remove(cb)
for entry in log:
    print(entry)
print(sorted(log[0]) if False else len(log))
