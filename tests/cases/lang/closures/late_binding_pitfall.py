def make_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(2) for m in make_multipliers()])


def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]


print([m(2) for m in make_multipliers_fixed()])


def make_multipliers_factory():
    def factory(i):
        return lambda x: x * i

    return [factory(i) for i in range(4)]


print([m(2) for m in make_multipliers_factory()])
funcs = []
for name in ["a", "b", "c"]:
    funcs.append(lambda: name)
name = "changed"
print([f() for f in funcs])
