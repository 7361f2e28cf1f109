# weakref.finalize callbacks run when their objects die, and at exit for survivors.
import weakref

class N:
    def __init__(self, name):
        self.name = name

a = N("a")
b = N("b")
fa = weakref.finalize(a, print, "finalize a")
fb = weakref.finalize(b, print, "finalize b")
print(fa.alive, fb.alive)
del a
print(fa.alive, fb.alive)
print("end of program")
