# Method calls at one call site while the method is replaced on the class, on the instance,
# on a base class, and turned into other kinds of attribute.
class A:
    def m(self):
        return "A.m"


class B(A):
    pass


def call(o):
    return o.m()


b = B()
out = []
for i in range(8):
    if i == 1:
        A.m = lambda self: "A.m replaced"
    if i == 2:
        B.m = lambda self: "B.m"
    if i == 3:
        b.m = lambda: "instance m"
    if i == 4:
        del b.m
    if i == 5:
        B.m = staticmethod(lambda: "static")
    if i == 6:
        B.m = classmethod(lambda cls: "class " + cls.__name__)
    if i == 7:
        del B.m
    out.append(call(b))
print(out)

# The bound method object itself, loaded at one site.
get = []
for i in range(3):
    if i == 1:
        A.m = lambda self: "again"
    bm = b.m
    get.append((bm(), bm.__self__ is b))
print(get)


# Methods of built-in types at one site, with different receivers.
def upper_all(xs):
    return [x.upper() for x in xs]


class S(str):
    def upper(self):
        return "S.upper"


print(upper_all(["a", S("b"), "c", S("d")]))
