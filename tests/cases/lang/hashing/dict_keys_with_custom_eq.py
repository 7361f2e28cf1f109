class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return 1

    def __eq__(self, o):
        print("eq", self.name, o.name)
        return self.name.lower() == o.name.lower()


d = {}
d[Key("a")] = 1
d[Key("b")] = 2
d[Key("A")] = 3
print(len(d), sorted(k.name for k in d), list(d.values()))
print(Key("B") in d)
