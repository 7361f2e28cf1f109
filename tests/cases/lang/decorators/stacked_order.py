order = []


def deco(tag):
    order.append("make " + tag)

    def apply(fn):
        order.append("apply " + tag)

        def wrapper():
            return tag + "(" + fn() + ")"

        return wrapper

    return apply


@deco("outer")
@deco("middle")
@deco("inner")
def base():
    return "base"


print(order)
print(base())
