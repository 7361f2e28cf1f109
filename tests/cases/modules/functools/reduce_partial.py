import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 6), 1), functools.reduce(lambda a, b: a + b, ["x"], "y"), functools.reduce(max, [3, 9, 2]))
for f in [lambda: functools.reduce(operator.add, []), lambda: functools.reduce(operator.add, 5), lambda: functools.reduce(operator.add)]:
    try:
        f()
    except TypeError as e:
        print(e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords, repr(p))
p2 = functools.partial(pow, 2)
print(p2(10), p2(3, 5), repr(p2))
p3 = functools.partial(p2, 4)
print(p3(), p3.func is pow, p3.args)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
q = functools.partial(f, 1, d=40)
print(q(2), q(2, 30), q(2, d=400), q.keywords)
