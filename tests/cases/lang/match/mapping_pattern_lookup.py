class Tracking(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)


d = Tracking(a=1, b=2)
match d:
    case {"a": 1, "b": 2}:
        print("matched")


class WithMissing(dict):
    def __missing__(self, key):
        return "from __missing__"


match WithMissing(a=1):
    case {"zz": value}:
        print("matched via __missing__?", value)
    case _:
        print("__missing__ is not used by mapping patterns")
