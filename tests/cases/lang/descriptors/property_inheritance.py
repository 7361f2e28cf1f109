class Base:
    @property
    def name(self):
        return "base"


class Child(Base):
    @Base.name.getter
    def name(self):
        return "child of " + super().name


class Setter(Base):
    @Base.name.setter
    def name(self, v):
        self._name = v


print(Child().name)
s = Setter()
s.name = "ignored"
print(s.name, s._name)


class Override(Base):
    name = "plain attribute"


print(Override().name)
