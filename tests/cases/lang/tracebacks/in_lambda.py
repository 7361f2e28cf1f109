ops = {"inv": lambda x: 1 / x, "neg": lambda x: -x}


def apply(name, value):
    return ops[name](value)


print(apply("neg", 3))
print(apply("inv", 0))
