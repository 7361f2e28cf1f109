class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def work():
    local = Noisy("local")
    print("in function")
    return 42


print("result", work())


def keep():
    n = Noisy("returned")
    return n


r = keep()
print("got", r.name)
r = None
print("dropped")


def two_locals():
    a = Noisy("a")
    b = Noisy("b")
    print("returning")


two_locals()
print("end")
