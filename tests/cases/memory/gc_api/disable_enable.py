# With automatic collection disabled, cycles pile up until gc.collect().
import gc

class Cyc:
    count = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cyc.count += 1

gc.disable()
print(gc.isenabled())
for i in range(300):
    Cyc()
print("finalized while disabled:", Cyc.count)
print("collected", gc.collect())
print("finalized after collect:", Cyc.count)
gc.enable()
print(gc.isenabled())
