# An object with __del__ moves from a list to a dict to an attribute; it dies when the last holder lets go.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

lst = [N("a")]
d = {}
d["k"] = lst.pop()
print("moved to dict")
class Box:
    pass
b = Box()
b.item = d.pop("k")
print("moved to attribute")
b.item = None
print("end")
