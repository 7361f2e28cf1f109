# Objects in sets: discard, pop from a one-element set, clear.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

s = {N("x")}
one = N("y")
s.add(one)
one = None
print("added")
for item in list(s):
    if item.name == "y":
        s.discard(item)
item = None
print("discarded y")
fs = frozenset([N("f")])
fs = None
print("frozenset dropped")
s.clear()
print("end")
