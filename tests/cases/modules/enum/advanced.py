from enum import Enum, unique, StrEnum, auto
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def ratio(self):
        return round(self.mass / self.radius, 2)
print(Planet.EARTH.mass, Planet.MARS.ratio, Planet((6.42e23, 3.39e6)))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, S.Y, S.X == "x", S.Y.upper(), repr(S.X))
Dyn = Enum("Dyn", "ONE TWO THREE")
print(list(Dyn), Dyn.TWO.value, Enum("E2", [("A", 10), ("B", 20)]).B)
class WithMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return cls.A
print(WithMissing(99))
try:
    class Ext(Planet):
        pass
except TypeError as e:
    print(e)
