def make():
    base = 100
    return [lambda x, i=i: base + i + x for i in range(3)]


fns = make()
print([f(1) for f in fns])
print(fns[0].__defaults__, fns[0].__code__.co_freevars)
k = lambda *, key="k": key
print(k(), k(key="K"), k.__kwdefaults__)
recursive = lambda n: 1 if n == 0 else n * recursive(n - 1)
print(recursive(6))
print((lambda x: x)(x=5))
