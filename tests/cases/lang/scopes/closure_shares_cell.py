def pair():
    value = 0

    def get():
        return value

    def put(v):
        nonlocal value
        value = v

    return get, put


get, put = pair()
print(get())
put(7)
print(get())
print(get.__closure__[0] is put.__closure__[0])
print(get.__closure__[0].cell_contents)
get2, put2 = pair()
put2("other")
print(get(), get2())
print(get.__code__.co_freevars, put.__code__.co_freevars)
