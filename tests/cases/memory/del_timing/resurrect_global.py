# __del__ stores self in a global: the object lives on, and __del__ does not run again.
import gc
saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        saved.append(self)

p = Phoenix("p")
del p
print("saved", [x.name for x in saved])
saved.clear()
print("cleared saved (no second __del__)")
q = Phoenix("q")
q = None
print(len(saved), gc.is_finalized(saved[0]))
print("end")
