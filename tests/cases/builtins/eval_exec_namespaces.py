x = "global"
def f():
    x = "local"
    return eval("x"), eval("x", globals()), eval("x", {"x": "custom"}), eval("x", None, {"x": "loc"})
print(f())
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"])
loc = {}
exec("c = 3", {}, loc)
print(loc)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("1", {}) + 1)
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"], "math" in ns)
try:
    eval("x", [])
except TypeError as e:
    print(e)
try:
    exec("1", {}, [])
except TypeError as e:
    print(e)
print(eval(" 1 + 1 "), eval("\t2"))
try:
    eval("")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
