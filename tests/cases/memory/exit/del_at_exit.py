class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del at exit", self.name)


keep = Noisy("global")
items = [Noisy("in list")]
print("end of program")
