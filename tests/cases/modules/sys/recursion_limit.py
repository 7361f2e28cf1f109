import sys
sys.setrecursionlimit(120)
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 50, sys.getrecursionlimit())
