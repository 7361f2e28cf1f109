class C:
    a = 1
    def __init__(self):
        self.b = 2
c = C()
print(getattr(c, "a"), getattr(c, "b"), getattr(c, "z", "dflt"), hasattr(c, "a"), hasattr(c, "z"))
setattr(c, "z", 26)
print(c.z, vars(c))
delattr(c, "z")
print(hasattr(c, "z"), vars(c))
for f in [lambda: getattr(c, "missing"), lambda: delattr(c, "missing"), lambda: getattr(c, 1), lambda: setattr(c, 2, 3), lambda: hasattr(c, None), lambda: getattr(c), lambda: setattr(1, "x", 2), lambda: delattr(c, "a"), lambda: setattr(object(), "y", 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Boom:
    @property
    def p(self):
        raise ValueError("boom")
try:
    hasattr(Boom(), "p")
except ValueError as e:
    print("hasattr propagated", e)
