import sys


def f():
    import sys as system

    return system is sys


def g():
    try:
        return sys.maxsize > 0
    finally:
        pass


def h():
    print(sys.version_info[0])
    import sys

    return sys


print(f())
print(g())
try:
    h()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
