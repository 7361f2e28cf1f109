class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
print("before del")
del a
print("after del")
b = Noisy("b")
c = b
del b
print("still referenced by c")
del c
print("end")
