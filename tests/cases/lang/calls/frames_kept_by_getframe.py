# Frames handed out by sys._getframe stay themselves after their call returns, even while the
# same function is called again and again.
import sys

kept = []

def inner(n):
    x = n * 10
    if n % 3 == 0:
        kept.append(sys._getframe())
    return x

def outer(n):
    y = n + 1
    return inner(n) + y

total = 0
for i in range(12):
    total += outer(i)
print(total)
print(len(kept), len({id(f) for f in kept}))
for f in kept:
    print(f.f_code.co_name, f.f_locals["n"], f.f_locals["x"], f.f_back.f_code.co_name, f.f_back.f_locals["y"])
