def f():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", type(e).__name__)
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)


print(f())
try:
    int("x")
except ValueError as exc:
    pass
print("exc" in globals())
try:
    exc
except NameError as err:
    print("NameError:", err)
