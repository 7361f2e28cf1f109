class C:
    def __getattr__(self, name):
        if name == "key":
            raise KeyError(name)
        raise AttributeError(name)


c = C()
print(hasattr(c, "x"))
try:
    hasattr(c, "key")
except KeyError as e:
    print("KeyError propagates through hasattr:", e)
print(getattr(c, "x", "default"))
try:
    getattr(c, "key", "default")
except KeyError as e:
    print("and through getattr with a default:", e)


class P:
    @property
    def broken(self):
        raise AttributeError("inside property")

    def __getattr__(self, name):
        return f"__getattr__ rescued {name}"


print(P().broken)
