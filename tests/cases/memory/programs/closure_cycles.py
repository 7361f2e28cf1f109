# Closures and cells in cycles: a function that refers to itself through its cell, an object that
# stores a closure over itself, and a cell holding its own function.
import gc


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


gc.disable()


def make_recursive():
    marker = Obj("marker in recursive closure")

    def fact(n):
        _ = marker
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


f = make_recursive()
print(f(5))
del f
print("recursive closure dropped")
print("collected", gc.collect())


def attach(o):
    def hello():
        return o.name

    o.callback = hello


o = Obj("self-referencing via closure")
attach(o)
print(o.callback())
del o
print("closure cycle dropped")
print("collected", gc.collect())


def no_cycle():
    o = Obj("plain closure")

    def get():
        return o

    return get


g = no_cycle()
print(g().name)
del g
print("plain closure dropped")
print("collected", gc.collect())
print("end")
