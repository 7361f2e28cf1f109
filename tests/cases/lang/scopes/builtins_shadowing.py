print(len("abc"))
len = lambda obj: "shadowed"
print(len("abc"))
del len
print(len("abc"))


def f():
    print = "local print"
    return print


print(f())


def g():
    return max([3, 1, 2])


max = min
print(g())
del max
print(g())
import builtins

print(builtins.len("xy"))
