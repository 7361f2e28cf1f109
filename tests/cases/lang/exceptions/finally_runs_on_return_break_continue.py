def f():
    log = []
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log


print(f())


def g():
    try:
        try:
            return "inner return"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(g())
