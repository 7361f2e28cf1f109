for n in (-1, 0, 1):
    print("negative" if n < 0 else "zero" if n == 0 else "positive")
x = 1 if True else 1 / 0
print(x)
print((lambda: "lazy")() if False else "else branch")


def side(tag):
    print("evaluated", tag)
    return tag


print(side("a") if side("cond") else side("b"))
print([i if i % 2 else -i for i in range(5)])
value = None
print(value.attr if value is not None else "no value")
