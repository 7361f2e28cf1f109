from decimal import *
c = Context()
print(c.flags)
print(c.traps)
print(len(c.traps), list(c.traps.keys()) == [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped])
c.traps[Inexact] = True
c.flags[Rounded] = 1
print(c, c.traps[Inexact], c.flags[Rounded])
c.clear_traps()
print(c)
c.flags[InvalidOperation] = True
c.flags[Clamped] = True
print(c)
try:
    c.flags["x"]
except KeyError as e:
    print("KeyError")
c.clear_flags()
c.divide(1, 0)
c.divide(0, 0)
print(c)
