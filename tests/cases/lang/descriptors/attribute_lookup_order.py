class Desc:
    def __init__(self, name, data):
        self.name = name
        self.data = data

    def __get__(self, obj, owner):
        return f"{self.name} via descriptor"

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class NonDesc:
    def __get__(self, obj, owner):
        return "non-data via descriptor"


class C:
    both = Desc("both", True)
    plain = NonDesc()

    def __getattr__(self, name):
        return f"__getattr__({name})"


c = C()
c.__dict__["both"] = "instance both"
c.__dict__["plain"] = "instance plain"
print(c.both)
print(c.plain)
print(c.missing)
del c.__dict__["plain"]
print(c.plain)
