class Meta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __len__(cls):
        return len(cls.members)

    def __iter__(cls):
        return iter(cls.members)

    def __getitem__(cls, i):
        return cls.members[i]

    def __repr__(cls):
        return f"<Meta-class {cls.__name__}>"


class Colors(metaclass=Meta):
    members = ["red", "green", "blue"]


print(Colors.upper_name, len(Colors), list(Colors), Colors[1])
print(Colors, [Colors])
print("red" in Colors)
try:
    Colors().upper_name
except AttributeError as e:
    print(e)
