# Instance attributes are released in the order of the class's shared keys (3.11): an attribute
# deleted and set again keeps its first place, and a new attribute goes after the others.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Obj:
    def __init__(self):
        self.a = N("a")
        self.b = N("b")
        self.c = N("c")


o = Obj()
del o.a
o.a = N("a again")
del o
print("-- deleted and re-added a")
o = Obj()
o.d = N("d")
o.b = N("b replaced")
print("-- replaced b")
del o
print("-- with d")
p = Obj()
del p.b
p.e = N("e")
p.b = N("b back")
del p
print("-- b back after e")
print("end")
