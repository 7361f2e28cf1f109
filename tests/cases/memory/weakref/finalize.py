import weakref


class Resource:
    pass


r = Resource()
f = weakref.finalize(r, print, "finalizer ran", 1)
print(f.alive, f.atexit)
del r
print(f.alive)
r2 = Resource()
f2 = weakref.finalize(r2, lambda: "result")
print(f2(), f2.alive, f2())
r3 = Resource()
f3 = weakref.finalize(r3, print, "never")
print(f3.detach()[0] is r3, f3.alive)
r4 = Resource()
weakref.finalize(r4, print, "at exit")
print("end")
