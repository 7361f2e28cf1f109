class Defaults(dict):
    def __missing__(self, key):
        print("__missing__", key)
        value = self[key] = len(key)
        return value


d = Defaults(a=1)
print(d["a"], d["hello"], d["hello"])
print(d.get("zz"), "zz" in d)
print(dict(d))


class NotADict:
    def __missing__(self, key):
        return "unused"


try:
    NotADict()["k"]
except TypeError as e:
    print(e)
