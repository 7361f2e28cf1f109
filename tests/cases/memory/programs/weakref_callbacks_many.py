# Several weak references to one object: when it dies their callbacks run newest first, each
# given its own (now dead) reference; references without callbacks are shared.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


o = Obj("target")
refs = []


def make_cb(label):
    def cb(ref):
        print("callback", label, ref() is None, ref in refs)

    return cb


refs.append(weakref.ref(o, make_cb("first")))
refs.append(weakref.ref(o, make_cb("second")))
plain1 = weakref.ref(o)
plain2 = weakref.ref(o)
refs.append(weakref.ref(o, make_cb("third")))
print(plain1 is plain2, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o
print("after del", [r() for r in refs], plain1())
a = Obj("a")
b = Obj("b")
ra = weakref.ref(a, lambda r: print("a callback, b alive:", rb() is not None))
rb = weakref.ref(b, lambda r: print("b callback"))
a.partner = b
del b
print("b held by a")
del a
print("end")
