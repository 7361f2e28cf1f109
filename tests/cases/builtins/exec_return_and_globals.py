r = exec("1 + 1")
print(r)
g = {"__builtins__": {"print": print, "len": len}}
exec("print(len('abc'))", g)
try:
    exec("print(abs(-1))", g)
except NameError as e:
    print(e)
loc = {}
exec("def f(): return x\nx = 5\nres = f()", loc)
print(loc["res"], sorted(k for k in loc if k != "__builtins__"))
src = "total = 0\nfor i in range(5):\n    total += i\n"
ns = {}
exec(src, ns)
print(ns["total"])
