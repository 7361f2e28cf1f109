import dis
def f(x):
    y = x + 1

    if y:
        return [
            1,
            2,
        ]
    for i in range(3):
        pass
    return y
def g():
    pass
print(f.__code__.co_lnotab)
print(g.__code__.co_lnotab)
src = "a = 1\n" + "\n" * 300 + "b = 2\n" + "\n" * 200 + "c = 3\n"
co = compile(src, "s", "exec")
print(co.co_lnotab)
print(list(f.__code__.co_lines()) == list(f.__code__.co_lines()))
print(list(f.__code__.co_lines()))
