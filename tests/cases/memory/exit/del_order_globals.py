# At exit, module globals with finalizers die in CPython's order.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

first = N("first")
second = N("second")
third = N("third")
container = [N("in list")]
print("end of program")
