class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(e)
try:
    f.y = 3
except AttributeError as e:
    print(e)


class Recording:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)


r = Recording()
r.a = 5
print(r.a)
