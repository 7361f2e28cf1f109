import copy
class State:
    def __init__(self):
        self.a = 1
        self.secret = "s"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", st)
        self.__dict__.update(st)
s = copy.deepcopy(State())
print(vars(s))
class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as e:
    print(e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(copy.copy([1, 2]).__class__.__name__, copy.copy(bytearray(b"x")), copy.deepcopy(range(3)))
