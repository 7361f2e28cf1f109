class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del", self.name)


chain = Node("a", Node("b", Node("c")))
print("dropping chain")
chain = None
tree = Node("root")
tree.child = [Node("x"), Node("y")]
print("dropping tree")
del tree
print("end")
