from enum import IntEnum, Flag, IntFlag, auto
class P(IntEnum):
    LOW = 1
    HIGH = 10
print(P.LOW, repr(P.HIGH), P.LOW + 1, P.HIGH > 5, sorted([P.HIGH, P.LOW]), int(P.HIGH), f"{P.LOW}", str(P.LOW), format(P.HIGH, "05d"), P(10))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)), list(rw), rw.value, Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 2, IP.B + 1, IP(3), ~IP.A)
try:
    Perm(8)
except ValueError as e:
    print(e)
