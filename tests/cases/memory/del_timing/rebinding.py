class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


x = Noisy("first")
x = Noisy("second")
print("rebound")
x = None
print("set to None")
y = Noisy("third")
y = y
print("self-assignment keeps it")
y = 0
print("end")
