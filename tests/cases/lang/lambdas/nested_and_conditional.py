compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
sign = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 7)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda: (yield))().__class__.__name__)
y = 10
capture = lambda: y
y = 20
print(capture())
