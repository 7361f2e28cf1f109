# A weakref callback runs right when the referent dies, after its __del__.
import weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def cb(r):
    print("callback, ref now", r())

n = N("target")
r = weakref.ref(n, cb)
print("alive", r() is n)
n = None
print("after drop", r())
m = N("second")
r2 = weakref.ref(m, lambda ref: print("lambda callback"))
del r2
m = None
print("end")
