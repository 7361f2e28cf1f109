def f():
    def f():
        return "inner f"

    return f()


print(f())


def counter():
    count = 0

    def count_up():
        nonlocal count
        count += 1
        return count

    def count_down():
        nonlocal count
        count -= 1
        return count

    return count_up, count_down


up, down = counter()
print(up(), up(), down(), up())


def shadow(len=len):
    return len("abc")


print(shadow(), shadow(lambda s: -1))
