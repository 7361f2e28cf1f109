counter = 0


def bump():
    global counter
    counter += 1
    return counter


def create():
    global created
    created = "made inside a function"


def nested():
    def inner():
        global counter
        counter = 100

    inner()
    return counter


bump()
bump()
print(counter)
create()
print(created)
print(nested(), counter)
print("created" in globals())
