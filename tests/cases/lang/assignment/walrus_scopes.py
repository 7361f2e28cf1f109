def outer():
    [inner_var := i for i in range(3)]
    return inner_var


print(outer())


def with_lambda():
    f = lambda: (z := 5)
    result = f()
    try:
        return result, z
    except NameError as e:
        return result, str(e)


print(with_lambda())
x = 0


def uses_global():
    global x
    [x := x + i for i in range(4)]
    return x


print(uses_global(), x)
