print("never printed")


def f():
    class Inner:
        return 1

    return Inner
