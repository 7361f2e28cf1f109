class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


items = [Noisy("a"), Noisy("b"), Noisy("c")]
print("clearing list")
items.clear()
print("list cleared")
d = {"x": Noisy("x"), "y": Noisy("y")}
print("deleting key")
del d["x"]
print("clearing dict")
d.clear()
items = [Noisy("p"), Noisy("q")]
print("dropping list")
items = None
print("tuple")
t = (Noisy("t1"), Noisy("t2"))
t = None
print("end")
