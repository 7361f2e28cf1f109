import sys


def recurse(n):
    return recurse(n + 1)


try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())


def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("depth reached from module level:", depth())
