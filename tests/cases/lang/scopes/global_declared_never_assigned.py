def f():
    global never_assigned
    try:
        return never_assigned
    except NameError as e:
        return "NameError: " + str(e)


print(f())


def g():
    global never_assigned
    never_assigned = "now"


g()
print(f())
