# Objects handed between function frames die when the last frame holding them returns.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner(x):
    print("inner has", x.name)
    return None

def outer():
    n = N("passed")
    inner(n)
    print("outer still has it")
    m = N("returned")
    return m

r = outer()
print("outer returned", r.name)
r = None
print("end")
