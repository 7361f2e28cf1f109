import atexit


def say(*args, **kwargs):
    print("atexit", args, kwargs)


atexit.register(say, 1)
atexit.register(say, 2, key="v")


@atexit.register
def decorated():
    print("decorated runs first")


def removed():
    print("never")


atexit.register(removed)
atexit.unregister(removed)
print("end of program")
