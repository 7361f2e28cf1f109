def f():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("finally", i)
            break
    return "broke out, exception discarded"


def g():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out


def h():
    while True:
        try:
            return "return wins?"
        finally:
            break
    return "break in finally overrides the return"


print(f())
print(g())
print(h())
