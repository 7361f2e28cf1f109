# get_stats(): collections and collected per generation (compared as differences, since the
# interpreter's start-up collects too).
import gc

class Cycle:
    def __init__(self):
        self.me = self

def snapshot():
    return [(s["collections"], s["collected"], s["uncollectable"]) for s in gc.get_stats()]

gc.collect()
before = snapshot()
for i in range(4):
    Cycle()
gc.collect(0)
Cycle()
gc.collect(1)
Cycle()
Cycle()
gc.collect(2)
after = snapshot()
print([tuple(a - b for a, b in zip(x, y)) for x, y in zip(after, before)])
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
