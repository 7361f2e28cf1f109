# Cycles made in a loop are collected automatically: their finalizers run before the loop ends.
import gc

class Cyc:
    count = 0
    def __init__(self):
        self.me = self
    def __del__(self):
        Cyc.count += 1

gc.collect()
for i in range(800):
    Cyc()
print("finalized during the loop:", Cyc.count > 0)
gc.collect()
print("all finalized:", Cyc.count)
