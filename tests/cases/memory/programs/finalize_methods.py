# weakref.finalize: calling it early runs the function once, detach() takes it back, peek()
# shows it; its arguments are kept alive by the finalizer, not by the object.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Arg:
    def __del__(self):
        print("del arg")


def cleanup(label, arg=None):
    print("cleanup", label)
    return label.upper()


o = Obj("one")
f = weakref.finalize(o, cleanup, "one", Arg())
print(f.alive, f.peek()[0] is o, f.peek()[1].__name__, f.peek()[2][0])
print("called early:", f())
print("again:", f(), f.alive)
del o
print("-- one dropped")
o = Obj("two")
f = weakref.finalize(o, cleanup, "two")
info = f.detach()
print("detached", info[0] is o, info[1].__name__, info[2], f.alive)
del o
print("-- two dropped, nothing called")
o = Obj("three")
f1 = weakref.finalize(o, cleanup, "three-a")
f2 = weakref.finalize(o, cleanup, "three-b")
del o
print("-- three dropped")
print(f1.alive, f2.alive)
print("end")
