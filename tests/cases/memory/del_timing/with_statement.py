# Context managers: the manager dies when the with block's last reference goes.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)
        return False
    def __del__(self):
        print("del", self.name)

with CM("first"):
    print("inside first")
print("after first")
with CM("second") as cm:
    print("inside second")
print("after second")
cm = None
print("end")
