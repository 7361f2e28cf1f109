import _weakref as weakref


class C:
    pass


c = C()
r = weakref.ref(c)
print(r() is c, r is weakref.ref(c), weakref.getweakrefcount(c))
del c
print(r())
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref("s")
except TypeError as e:
    print("TypeError:", e)


def f():
    pass


print(weakref.ref(f)() is f)
