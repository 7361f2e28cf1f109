class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, repr(t), t.shout(), type(t + "x").__name__, type(t * 2).__name__, type(t.upper()).__name__, type(t[0]).__name__, type(str(t)).__name__)
print(t == "hi", hash(t) == hash("hi"), {t: 1}["hi"], isinstance(t, str), f"{t:>5}", "%s" % t)
class R(str):
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
r = R("x")
print(r, repr(r), [r], f"{r}", str(r), r + "y", "{}".format(r), "%s %r" % (r, r))
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), len(Up("abc")), Up("x").lower())
