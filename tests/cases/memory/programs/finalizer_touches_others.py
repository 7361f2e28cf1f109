# Finalizers that look at other objects dying in the same cascade: a parent's __del__ runs
# before its children are released, so it still sees them; a child's __del__ sees the parent's
# state only through what it was given.
class Child:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        self.log.append("child " + self.name)
        print("del child", self.name, "log so far", len(self.log))


class Parent:
    def __init__(self):
        self.log = []
        self.children = [Child(n, self.log) for n in ("a", "b")]

    def __del__(self):
        print("del parent, children:", [c.name for c in self.children])


p = Parent()
log = p.log
del p
print(log)
print("end")
