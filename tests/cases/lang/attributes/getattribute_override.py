class Logged:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)

    def method(self):
        return self.value


l = Logged()
print(l.value)
print(l.method())


class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom is not here")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback for " + name


f = Fallback()
print(f.boom, f.other)
