# An instance with __slots__ releases its slots when it dies.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class S:
    __slots__ = ("first", "second", "third")

s = S()
s.first = N("1")
s.second = N("2")
s.third = N("3")
s.second = N("2b")
print("rebound second")
s = None
print("end")
