# __del__ found through the class hierarchy: a subclass's __del__ calling super().__del__(), a
# subclass without its own, and a __del__ added to the class after instances exist.
class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Base.__del__", self.name)


class Child(Base):
    def __del__(self):
        print("Child.__del__", self.name)
        super().__del__()


class Quiet(Base):
    pass


c = Child("child")
del c
q = Quiet("quiet")
del q


class Late:
    pass


early = Late()
Late.__del__ = lambda self: print("late __del__")
after = Late()
del after
print("-- after")
del early
print("-- early")
del Late.__del__
again = Late()
del again
print("end")
