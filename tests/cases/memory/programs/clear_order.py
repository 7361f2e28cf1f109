# list.clear(), dict.clear(), set.clear() and an instance's __dict__.clear(): the order in which
# each releases its members.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __hash__(self):
        return hash(self.name)


lst = [N("l1"), N("l2"), N("l3")]
lst.clear()
print("-- list cleared")
d = {"x": N("d1"), "y": N("d2"), "z": N("d3")}
d.clear()
print("-- dict cleared")
d = {N("k1"): N("v1"), N("k2"): N("v2")}
d.clear()
print("-- dict with object keys cleared")


class Obj:
    pass


o = Obj()
o.a = N("a1")
o.b = N("a2")
o.c = N("a3")
o.__dict__.clear()
print("-- instance dict cleared")
nested = [[N("inner1"), N("inner2")], N("outer")]
nested.clear()
print("-- nested cleared")
lst = [N("r1"), N("r2"), N("r3")]
lst.reverse()
del lst
print("-- reversed list deleted")
print("end")
