x = "global"


def reads():
    return x


def shadows():
    x = "local"
    return x


def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = "assigned later"
    return x


print(reads())
print(shadows())
print(unbound())
print(x)
print(issubclass(UnboundLocalError, NameError))
