from enum import Flag, IntFlag, auto
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color), list(Color.WHITE), Color.RED | Color.BLUE, (Color.RED | Color.BLUE).name, Color(3), Color(0).name)
print(Color.WHITE & ~Color.GREEN, Color.RED ^ Color.WHITE, bool(Color.RED & Color.GREEN), Color.BLUE in Color.WHITE, len(Color.WHITE))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), Perm.R | Perm.X, Perm(5) & 4, Perm.R + 1, repr(Perm(0)), Perm(8), format(Perm.R | Perm.W, "d"), str(Perm.W))
