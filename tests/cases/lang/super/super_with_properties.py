class Base:
    @property
    def value(self):
        return 10

    def describe(self):
        return "Base"


class Child(Base):
    @property
    def value(self):
        return super().value + 1

    def describe(self):
        return "Child/" + super().describe()


class Grand(Child):
    @property
    def value(self):
        return super().value * 2

    def describe(self):
        return "Grand/" + super().describe()


print(Grand().value, Grand().describe())
print(Child().value)
