print("never printed")
counter = 0


def f():
    print(counter)
    global counter
    counter = 1
