# An object held by a class attribute, replaced, then the class itself is dropped (a cycle).
import gc

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    shared = N("first")

Holder.shared = N("second")
print("replaced")
del Holder
print("class deleted (still in a cycle)")
print("collected", gc.collect() > 0)
print("end")
