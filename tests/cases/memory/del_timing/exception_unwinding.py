class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fails():
    n = Noisy("in failing frame")
    raise ValueError("boom")


try:
    fails()
except ValueError as e:
    print("caught", e)
print("after except block")


def fails_inner():
    inner = Noisy("inner")
    return 1 / 0


def calls():
    outer = Noisy("outer")
    fails_inner()


try:
    calls()
except ZeroDivisionError:
    print("handler")
print("end")
