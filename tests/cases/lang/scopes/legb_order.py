x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def inner_local():
        x = "local"
        return x

    return inner(), inner_local()


def uses_builtin():
    return abs(-3)


abs_ref = abs
print(outer())
print(uses_builtin())
abs = lambda v: "module-level abs"
print(uses_builtin())
del abs
print(uses_builtin(), abs is abs_ref)
