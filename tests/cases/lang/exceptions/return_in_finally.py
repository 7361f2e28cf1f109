def f():
    try:
        return "try"
    finally:
        return "finally"


def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows the exception"


def h():
    for i in range(3):
        try:
            return i
        finally:
            print("finally sees i =", i)


def k():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"


print(f())
print(g())
print(h())
print(k())
