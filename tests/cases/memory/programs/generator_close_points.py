# Generators dropped at different points: not started (no finally runs), suspended inside try
# (close() runs the finally at the drop), finished, and closed explicitly.
class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del res", self.name)


def gen(name):
    r = Res(name)
    try:
        print("start", name)
        yield 1
        print("middle", name)
        yield 2
    finally:
        print("finally", name)


g = gen("unstarted")
del g
print("-- unstarted dropped")
g = gen("first")
next(g)
del g
print("-- dropped after first yield")
g = gen("second")
next(g)
next(g)
g = None
print("-- rebound after second yield")
g = gen("done")
print(list(g))
del g
print("-- finished dropped")
g = gen("closed")
next(g)
g.close()
print("-- closed explicitly")
del g
print("-- closed dropped")


def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise


g = catcher()
next(g)
del g
print("end")
