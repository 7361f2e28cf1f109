def none_implicit():
    pass


def none_bare():
    return


def tuple_return():
    return 1, 2


def early(x):
    if x:
        return "early"
    print("not early")
    return "late"


print(none_implicit(), none_bare())
print(tuple_return(), type(tuple_return()).__name__)
print(early(True))
print(early(False))


def multi():
    for i in range(10):
        if i == 3:
            return i
    return -1


print(multi())
