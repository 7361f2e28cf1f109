def gen():
    yield 1


def state(g):
    return (g.gi_running, g.gi_suspended, g.gi_frame is None)


g = gen()
print("created", state(g))
next(g)
print("suspended", state(g))
print(g.gi_code.co_name, g.gi_frame.f_lineno)
list(g)
print("closed", state(g), g.gi_frame)


def self_ref():
    yield next(me)


me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)
