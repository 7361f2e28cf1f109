from enum import Enum, IntEnum
class Status(Enum):
    ACTIVE = "a"
    INACTIVE = "i"
    ENABLED = "a"
print(list(Status), list(Status.__members__), Status.ENABLED, Status("a"), Status.ENABLED.name, len(Status.__members__))
print([m for m in Status.__members__.items() if m[0] != m[1].name])
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + N.TWO, N(2), N.TWO * 3, list(N), N.ONE < 2, {N.ONE: "x"}[1], N["TWO"], sorted([N.TWO, 0, N.ONE]))
print(Status.ACTIVE.__class__.__name__, type(Status).__name__, Status.__members__["ENABLED"] is Status.ACTIVE, Status.ACTIVE in Status)
try:
    Status.NEW = "n"
except AttributeError as e:
    print(e)
