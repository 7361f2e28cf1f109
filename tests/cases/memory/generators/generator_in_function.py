def numbers():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("numbers cleaned")


def first():
    for n in numbers():
        return n


print("first", first())


def take_two():
    it = numbers()
    a = next(it)
    b = next(it)
    return a + b


print("sum", take_two())
print("end")
