# Locals of frames unwound by an exception die as the exception leaves each frame.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def level3():
    c = N("c3")
    raise KeyError("k")

def level2():
    b = N("b2")
    level3()

def level1():
    a = N("a1")
    try:
        level2()
    except KeyError as e:
        print("caught", e)
    print("after except in level1")

level1()
print("end")
