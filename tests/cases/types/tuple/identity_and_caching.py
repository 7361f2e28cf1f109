t = (1, 2)
print(tuple(t) is t, t[:] is t, t + () is t, tuple() is tuple(), t * 1 is t, tuple(list(t)) == t)
class T(tuple):
    pass
st = T((1,))
print(tuple(st) is st, type(tuple(st)).__name__, st[:] is st)
