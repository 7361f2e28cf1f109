decorators = {"twice": lambda f: lambda *a: f(f(*a))}
buttons = [lambda f: f, lambda f: lambda: "replaced"]


@decorators["twice"]
def inc(x):
    return x + 1


@buttons[1]
def original():
    return "original"


@(lambda f: f)
def identity():
    return "identity"


class Holder:
    @staticmethod
    def deco(fn):
        fn.marked = True
        return fn


@Holder.deco
def marked():
    pass


print(inc(5), original(), identity(), marked.marked)
