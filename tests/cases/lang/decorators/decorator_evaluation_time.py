log = []


def deco(fn):
    log.append("decorating " + fn.__name__)
    return fn


log.append("before def")


@deco
def f():
    log.append("f runs")


log.append("after def")
f()
print(log)


class C:
    log.append("class body")

    @deco
    def m(self):
        pass


print(log[-2:])
