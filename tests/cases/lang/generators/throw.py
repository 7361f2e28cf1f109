def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("finally in generator")


g = gen()
print(next(g))
print(g.throw(ValueError("injected")))
try:
    g.throw(KeyError("second"))
except KeyError as e:
    print("propagated:", e)
g2 = gen()
try:
    g2.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(g2))
