x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
ns = {}
exec("a = 5\nb = a * 2", ns)
print(ns["a"], ns["b"])


def f():
    local = 3
    return eval("local * 2")


print(f())
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print("NameError:", e)
exec("def h(): return 'defined by exec'", globals())
print(h())
