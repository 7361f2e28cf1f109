# Classes are always in cycles (their __mro__ and __dict__'s descriptors refer back to them):
# a class made in a function dies only at a collection, taking its instances' class with it.
import gc
import weakref

gc.disable()


def make_class(name):
    class Local:
        def __del__(self):
            print("del instance of", type(self).__name__)

    Local.__name__ = name
    return Local


K = make_class("K")
r = weakref.ref(K, lambda ref: print("class K collected"))
k = K()
del K
print("class dropped, instance alive:", type(k).__name__, r() is not None)
del k
print("instance dropped")
print("class alive before collect:", r() is not None)
print("collected", gc.collect() > 0)
print("class alive after collect:", r() is not None)


class Meta(type):
    pass


M = Meta("M", (), {"__del__": lambda self: print("del M instance")})
m = M()
rm = weakref.ref(M)
del M, m
print("after del M")
gc.collect()
print("M gone:", rm() is None)
print("end")
