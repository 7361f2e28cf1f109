def f(x):
    print x, x + 1
