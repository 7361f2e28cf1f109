# collect(n) returns what it found; the counts of the next generation go up.
import gc

class Cycle:
    def __init__(self):
        self.me = self

gc.disable()
gc.collect()
print(gc.get_count())
for i in range(3):
    Cycle()
print(gc.get_count()[0] >= 3)
print(gc.collect(0), gc.get_count())
Cycle()
print(gc.collect(1), gc.get_count())
print(gc.collect(generation=2), gc.get_count())
print(gc.collect(True))
gc.enable()
