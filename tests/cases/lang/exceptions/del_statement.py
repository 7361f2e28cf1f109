x = 1
del x
a = [0, 1, 2, 3, 4, 5]
del a[0]
del a[1:3]
del a[::2]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)


class C:
    pass


c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
p, q = 1, 2
del p, q
t = [1, 2]
del (t[0]), [t[0]]
print(t)
for target in ("d['zz']", "a[10]", "c.attr", "undefined_name"):
    try:
        exec(f"del {target}")
    except (KeyError, IndexError, AttributeError, NameError) as e:
        print(type(e).__name__, e)
