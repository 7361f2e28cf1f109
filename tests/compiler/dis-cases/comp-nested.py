m = [[x * y for x in range(3)] for y in range(3)]
n = {k: [v for v in vs] for k, vs in d.items()}
o = [x for x in (y for y in range(10)) if x % 2]
def f(a):
    return [[a + b for b in range(a)] for _ in range(2)]
def g():
    return sum(x for x in range(10))
