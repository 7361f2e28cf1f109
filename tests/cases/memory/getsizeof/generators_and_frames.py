# A generator's size holds its frame: locals and value stack.
import sys

def g0():
    yield 1

def g2(a, b):
    c = a + b
    yield c

def g5(a, b, c, d, e):
    total = a + b + c + d + e
    yield total

print(sys.getsizeof(g0()), sys.getsizeof(g2(1, 2)), sys.getsizeof(g5(1, 2, 3, 4, 5)))
print(sys.getsizeof((x for x in range(3))))

def frame(a, b, c):
    return sys._getframe()

print(sys.getsizeof(frame(1, 2, 3)))
