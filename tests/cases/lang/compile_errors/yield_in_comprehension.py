print("never printed")


def gen():
    return [(yield x) for x in range(3)]
