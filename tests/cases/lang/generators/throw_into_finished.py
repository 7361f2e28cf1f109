def gen():
    yield 1


g = gen()
list(g)
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("raised directly:", e)
print(g.close())


def catches_all():
    exits = 0
    while exits < 2:
        try:
            yield "alive"
        except BaseException as e:
            print("swallowed", type(e).__name__)
            exits += isinstance(e, GeneratorExit)
    print("gives up after the second GeneratorExit")


g = catches_all()
next(g)
print(g.throw(KeyError))
try:
    g.close()
except RuntimeError as e:
    print(e)
print("end of program")
