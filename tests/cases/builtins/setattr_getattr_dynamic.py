class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.xyz, getattr(d, "xa"), getattr(d, "q", "fallback"), hasattr(d, "q"), hasattr(d, "x1"))
try:
    d.qq
except AttributeError as e:
    print(e)
class Track:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
t = Track()
setattr(t, "a", 1)
t.b = 2
delattr(t, "a")
del t.b
print(vars(t))
