# Methods, static and class methods and class attributes read through instances whose dicts
# shadow them or stop shadowing them (split dicts, dicts made non-split, a changed __class__).
class A:
    k = "class"
    def m(self): return "method"
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return "classm"
def run(objs):
    out = []
    for o in objs:
        out.append((o.m(), o.k, o.s(), o.c()))
    return out
objs = [A() for _ in range(5)]
for i, o in enumerate(objs): o.x = i
print(run(objs))
objs[2].m = lambda: "shadow m"
objs[3].k = "own k"
print(run(objs))
objs[4].s = lambda: "shadow s"; objs[1].c = lambda: "shadow c"
print(run(objs))
del objs[2].m
print(run(objs))
b = A(); b.__dict__["m"] = lambda: "dict m"
print(run([b, A()]))
class B:
    def m(self): return "B"
o = B()
for i in range(40): setattr(o, f"a{i}", i)
print(o.m()); o.m = lambda: "many"; print(o.m())
p = B(); p.__dict__[1] = 2; p.m = lambda: "nonstr"; print(p.m(), B().m())
q = B(); q.__class__ = A; print(q.m()); q.m = lambda: "q"; print(q.m())
for _ in range(3):
    r = B(); print(r.m()); r.m = lambda: "r"; print(r.m())
