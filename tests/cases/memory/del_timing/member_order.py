# The order in which a dying container releases its members.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del lst
tup = (Noisy("t0"), Noisy("t1"), Noisy("t2"))
del tup
dct = {"a": Noisy("d0"), "b": Noisy("d1"), "c": Noisy("d2")}
del dct


class Holder:
    pass


h = Holder()
h.first = Noisy("attr0")
h.second = Noisy("attr1")
del h


class Parent:
    def __init__(self):
        self.child = Noisy("child")

    def __del__(self):
        print("del parent")


p = Parent()
del p
print("end")
