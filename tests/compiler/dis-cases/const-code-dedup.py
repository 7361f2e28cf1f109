def f(p, n):
    while n and not all(w.alive() for w in p):
        n -= 1
    while (lambda: n)():
        n -= 1
    return [w for w in p]
