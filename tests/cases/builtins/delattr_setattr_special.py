class C:
    __slots__ = ("a",)
c = C()
setattr(c, "a", 1)
print(c.a)
delattr(c, "a")
for f in [lambda: c.a, lambda: setattr(c, "b", 2), lambda: delattr(c, "a")]:
    try:
        f()
    except AttributeError as e:
        print(e)
class D:
    pass
setattr(D, "cls_attr", 42)
print(D.cls_attr, D().cls_attr)
delattr(D, "cls_attr")
print(hasattr(D, "cls_attr"))
setattr(D, "with space", 1)
print(getattr(D, "with space"), "with space" in D.__dict__)
