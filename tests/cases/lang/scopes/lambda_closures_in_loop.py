fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])


def make():
    out = []
    for n in range(3):
        out.append(lambda: n * 10)
    n = 100
    return out


print([f() for f in make()])
adders = {name: (lambda v, k=k: v + k) for k, name in enumerate("abc")}
print({name: f(10) for name, f in adders.items()})
