class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("Base setter", value)
        self._v = value


class ReadOnly(Base):
    @property
    def v(self):
        return "read-only " + str(self._v)


class Extended(Base):
    @Base.v.setter
    def v(self, value):
        print("Extended setter")
        Base.v.fset(self, value * 10)


b = Base()
b.v = 2
r = ReadOnly()
try:
    r.v = 3
except AttributeError as e:
    print(e)
e = Extended()
e.v = 4
print(b.v, r.v, e.v)
