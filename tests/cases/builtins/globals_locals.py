G = 1
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["G"], "f" in globals(), globals() is globals(), __name__)
globals()["dynamic"] = "made"
print(dynamic)
def g():
    x = 1
    l = locals()
    x = 2
    return l["x"], locals()["x"]
print(g())
class K:
    q = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
