class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def value(self):
        return len(self.name)


print(Noisy("temp").value())
print("after expression")
Noisy("statement")
print("after statement")
print([Noisy("in list").value()])
print("end")
