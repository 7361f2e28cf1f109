import sys

old = sys.getrecursionlimit()
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(e)
sys.setrecursionlimit(100)


def f(n):
    return f(n + 1) if n < 500 else n


try:
    f(0)
except RecursionError as e:
    print("limit 100:", e)
sys.setrecursionlimit(old)
print(f(0), sys.getrecursionlimit() == old)
