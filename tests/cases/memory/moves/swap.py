# Swapping and rebinding names: nothing dies until a value loses its last name.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = N("a")
b = N("b")
a, b = b, a
print("swapped", a.name, b.name)
a = b
print("a rebound to", a.name)
b = None
print("b cleared")
a = None
print("end")
