# get_referrers walks the collector's lists: the young generation in allocation order, then the
# older ones (here the module's globals); an instance refers to its attributes directly (3.11).
import gc

class A:
    pass

x = []
a = A()
a.v = x
l1 = [x]
d = {"k": x}
t = (x, 1)
l2 = [1, x]
r = gc.get_referrers(x)
print([type(o).__name__ for o in r])
print(r[0] is a, r[1] is l1, r[2] is d, r[3] is t, r[4] is l2, r[5] is globals())
print([type(o).__name__ for o in gc.get_referrers(a)])
print(gc.get_referrers(A()), len(gc.get_referrers()))
print(gc.is_tracked((1,)), gc.is_tracked(tuple([1])))
