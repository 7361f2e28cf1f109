# gc.freeze(): cycles that were already garbage when frozen stay uncollected (the permanent
# generation is never examined) until unfreeze() hands them back.
import gc


class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del", self.name)


gc.disable()
gc.collect()
Cyc("before freeze")
gc.freeze()
print("frozen", gc.get_freeze_count() > 0)
Cyc("after freeze")
print("collected", gc.collect())
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
print("collected", gc.collect())
print("end")
