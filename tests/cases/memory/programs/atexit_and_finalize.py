# atexit handlers and weakref.finalize(atexit=True): finalizers still alive at exit are called
# by weakref's own atexit hook, registered when the first finalize is made; handlers run last
# registered first.
import atexit
import weakref


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


atexit.register(print, "atexit registered first")
a = Res("a")
b = Res("b")
c = Res("c")
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b")
fc = weakref.finalize(c, print, "finalize c")
fc.atexit = False
atexit.register(print, "atexit registered last")
print(fa.alive, fb.alive, fc.alive)
del b
print("b dropped", fb.alive)
print("end")
