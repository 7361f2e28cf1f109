class Empty:
    def __len__(self):
        return 0


class Sized:
    def __len__(self):
        return 3


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


for obj in (Empty(), Sized(), Both(), Neither()):
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy")
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-1), bool(None), bool({}), bool(range(0)))
