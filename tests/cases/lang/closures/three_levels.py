def level1():
    a = "one"

    def level2():
        b = "two"

        def level3():
            c = "three"
            return a, b, c

        return level3

    return level2


f3 = level1()()
print(f3())
print(f3.__code__.co_freevars)
print(level1.__code__.co_cellvars)


def passthrough():
    x = "x"

    def middle():
        def inner():
            return x

        return inner

    return middle


print(passthrough.__code__.co_cellvars, passthrough()().__code__.co_freevars)
print(passthrough().__code__.co_freevars)
