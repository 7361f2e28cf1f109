class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a == b, a != b)
print(a > b, a >= b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(max(Version(3), Version(1)))
try:
    a < 3
except AttributeError as e:
    print(e)
