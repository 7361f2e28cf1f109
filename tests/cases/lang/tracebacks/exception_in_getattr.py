class Lazy:
    def __getattr__(self, name):
        if name.startswith("load_"):
            return lambda: name[5:]
        raise AttributeError(f"{type(self).__name__} has no {name!r}")


obj = Lazy()
print(obj.load_config())
print(obj.save_config())
