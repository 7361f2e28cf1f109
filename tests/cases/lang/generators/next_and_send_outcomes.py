# next(gen), next(gen, default), gen.send(v) and gen.__next__(): every outcome of resuming a
# generator from a call — a value, the return value as StopIteration, the default, an exception
# from the body, PEP 479, "already executing", a non-None first send, recursion, a traceback.


def g():
    x = yield 1
    print("got", x)
    yield 2
    return 5


it = g()
print(next(it), it.send("a"))
try:
    next(it)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(it, "default"), next(it, None))
try:
    it.send(3)
except StopIteration as e:
    print("stop after the end", e.args)
try:
    it.__next__()
except StopIteration as e:
    print("__next__ after the end", e.args)


def raises():
    yield 1
    raise KeyError("k")


k = raises()
print(next(k))
try:
    next(k, 0)
except KeyError as e:
    print("KeyError", e, "- and then", next(k, "exhausted"))


def reenters():
    next(me)
    yield


me = reenters()
try:
    next(me)
except ValueError as e:
    print(e)

try:
    g().send(1)
except TypeError as e:
    print(e)


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


a = averager()
next(a)
print([a.send(i) for i in range(5)])


def stops():
    yield 1
    raise StopIteration


b = stops()
next(b)
try:
    next(b)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def deep(n):
    if n == 0:
        yield 0
        return
    yield next(deep(n - 1))


try:
    print(next(deep(2000)))
except RecursionError as e:
    print("RecursionError", e)
print(next(deep(100)))


def fails():
    yield 1
    1 / 0


f = fails()
next(f)
next(f)
