count = 0


def subject():
    global count
    count += 1
    return [count, "x"]


match subject():
    case [2, _]:
        print("two")
    case [1, "y"]:
        print("one y")
    case [1, tag]:
        print("one with", tag)
print("subject evaluated", count, "time(s)")
match 1, 2:
    case (a, b):
        print("tuple subject without parentheses:", a, b)
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
