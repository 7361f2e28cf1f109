# The whole file is compiled before anything runs, so nothing is printed.
print("never printed")


def fine():
    return 1


if fine():
    return 2
