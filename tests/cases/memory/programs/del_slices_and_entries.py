# Deleting slices of lists and entries of dicts: the items removed die in the order the
# container releases them.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lst = [N(i) for i in range(8)]
del lst[2:5]
print("-- del lst[2:5]", [n.name for n in lst])
del lst[-2:]
print("-- del lst[-2:]", [n.name for n in lst])
lst[0:1] = [N("new")]
print("-- slice assigned", [n.name for n in lst])
lst[:] = []
print("-- lst[:] = []")
d = {k: N(k) for k in "abcde"}
del d["b"]
print("-- del d['b']")
d.pop("d")
print("-- pop d")
d.popitem()
print("-- popitem")
d["a"] = N("a2")
print("-- overwrite a")
d.update({"c": None, "z": N("z")})
print("-- update")
lst = [N("x"), N("y"), N("z")]
lst.remove(lst[1])
print("-- remove")
lst.pop(0)
print("-- pop(0)")
lst *= 0
print("-- *= 0")
print("end")
