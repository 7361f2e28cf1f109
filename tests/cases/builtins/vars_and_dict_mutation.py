class C:
    pass
c = C()
vars(c)["x"] = 1
c.__dict__["y"] = 2
print(c.x, c.y, vars(c))
c.__dict__ = {"z": 3}
print(vars(c), hasattr(c, "x"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(e)
def func():
    pass
func.attr = 1
print(vars(func))
