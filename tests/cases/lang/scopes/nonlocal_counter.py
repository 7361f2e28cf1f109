def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
inc()
inc(5)
print(get())
inc2, get2 = make_counter(0)
inc2()
print(get(), get2())


def outer():
    a = 1

    def middle():
        def inner():
            nonlocal a
            a += 10
            return a

        return inner()

    middle()
    middle()
    return a


print(outer())
