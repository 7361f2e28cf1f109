from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__, Color.__members__.keys())
print({Color.RED: "r"}, sorted(Color, key=lambda c: c.value, reverse=True), [c.name for c in Color.__members__.values()])
for f in [lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color.RED, "value", 5), lambda: Color.RED < Color.GREEN]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = "c"
    D = auto()
print(list(Auto), [m.value for m in Auto])
