def run():
    total = 0
    log = []

    def add(n):
        nonlocal total
        total += n
        log.append(total)

    for i in range(5):
        add(i)
    return total, log


print(run())


def make_fns():
    fns = []
    for i in range(3):
        def f(i=i):
            nonlocal_holder.append(i)
            return i

        fns.append(f)
    return fns


nonlocal_holder = []
print([f() for f in make_fns()], nonlocal_holder)
