def make_accumulators(n):
    total = 0
    funcs = []
    for i in range(n):
        def add(amount, i=i):
            nonlocal total
            total += amount * (i + 1)
            return total

        funcs.append(add)
    return funcs, lambda: total


funcs, get_total = make_accumulators(3)
print([f(1) for f in funcs])
print(get_total())
print(funcs[0].__defaults__, funcs[2].__defaults__, funcs[0].__code__.co_freevars)
