(x): int = 1
y.a: int
z[0]: int
def f():
    import a.b.c
    from . import d
    (w): int = 2
    return a, d, w
for i in range(3):
    try:
        pass
    finally:
        continue
for j in range(3):
    with m:
        try:
            break
        finally:
            print(j)
print(sum(x for x in range(3)))
print(sum((x for x in range(3)), 0))
class K:
    def f(self):
        nonlocal_ok = 1
        def g():
            nonlocal nonlocal_ok
            nonlocal_ok += 1
        return g
from . import *
