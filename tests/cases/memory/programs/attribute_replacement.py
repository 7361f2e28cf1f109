# Replacing what an attribute, a list slot or a dict entry holds: the old value dies right after
# the store, before the next statement; swapping two attributes kills nothing.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


b = Box()
b.item = N("one")
b.item = N("two")
print("-- replaced attribute")
b.other = N("other")
b.item, b.other = b.other, b.item
print("-- swapped", b.item.name, b.other.name)
slots = [N("s0"), N("s1")]
slots[0] = slots[1]
print("-- list slot overwritten with its neighbour")
slots[1] = None
print("-- other slot cleared, s1 still in slot 0")
table = {"k": N("k1")}
table["k"] = table.pop("k")
print("-- popped and put back")
table["k"] = N("k2")
print("end")
