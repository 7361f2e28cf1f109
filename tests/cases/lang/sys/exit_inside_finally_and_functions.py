import sys


def deep(n):
    if n == 0:
        sys.exit(4)
    try:
        deep(n - 1)
    finally:
        print("unwinding", n)


try:
    deep(3)
finally:
    print("outer finally runs before exit")
