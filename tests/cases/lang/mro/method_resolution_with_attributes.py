class Base:
    value = "base"

    def show(self):
        return self.value


class Left(Base):
    value = "left"


class Right(Base):
    value = "right"

    def show(self):
        return "right.show:" + self.value


class Both(Left, Right):
    pass


class Other(Right, Left):
    pass


print(Both().show(), Both.value)
print(Other().show(), Other.value)
print([c.__name__ for c in Both.__mro__])
