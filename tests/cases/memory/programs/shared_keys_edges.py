# Shared keys across instances and their limits: a name added on one instance takes the next
# index for every instance of the class; a subclass has its own keys; past 30 names,
# an instance's dict is an ordinary one (released in insertion order).
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class A:
    pass


first = A()
first.x = N("first.x")
first.y = N("first.y")
second = A()
second.z = N("second.z")
second.y = N("second.y")
second.x = N("second.x")
del second
print("-- second: x y z order of the class")
del first
print("-- first")


class B(A):
    pass


b = B()
b.z = N("b.z")
b.x = N("b.x")
del b
print("-- subclass keys start afresh")


class Many:
    pass


m = Many()
for i in range(31):
    setattr(m, "a%d" % i, i)
m.late = N("late")
m.early = N("early")
m.a0 = N("a0")
del m
print("-- past 30 names")
d = A()
d.__dict__["y"] = N("d.y via __dict__")
d.x = N("d.x")
vars(d)["z"] = N("d.z via vars")
del d
print("end")
