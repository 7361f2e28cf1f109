# Cells: a closure keeps a variable's value alive; rebinding the variable in the enclosing
# function (nonlocal) replaces the cell's contents, and the old value dies at once.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def counter():
    current = N("initial")

    def swap(name):
        nonlocal current
        current = N(name)
        return current.name

    def peek():
        return current.name

    return swap, peek


swap, peek = counter()
print(peek())
print(swap("second"))
print(swap("third"))
del swap
print("swap dropped, peek still holds the cell:", peek())
del peek
print("end")
