e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return saved, "err" in locals()


print(f())
