import sys


def down(n):
    return down(n + 1)


for attempt in range(3):
    try:
        down(0)
    except RecursionError:
        print("attempt", attempt, "recovered")


def fine(n):
    return n if n == 0 else fine(n - 1)


print(fine(500))
