class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("__getattr__", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p.count(1))
print(p._target)
try:
    p.nothing
except AttributeError as e:
    print(e)


class Default:
    real = "real attribute"

    def __getattr__(self, name):
        return name.upper()


d = Default()
print(d.real, d.anything, getattr(d, "x"), hasattr(d, "whatever"))
