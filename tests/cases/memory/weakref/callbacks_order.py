import _weakref as weakref


class C:
    def __del__(self):
        print("__del__")


c = C()


def make(name):
    def cb(ref):
        print("callback", name, ref() is None)

    return cb


r1 = weakref.ref(c, make("first"))
r2 = weakref.ref(c, make("second"))
r3 = weakref.ref(c, make("third"))
print(weakref.getweakrefcount(c))
del r2
del c
print("end")
