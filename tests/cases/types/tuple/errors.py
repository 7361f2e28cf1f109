t = (1, 2, 3)
def e(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)

e(lambda: t[3])
e(lambda: t.__setitem__(0, 1))
e(lambda: t.index(9))
e(lambda: t + [4])
e(lambda: t + 4)
e(lambda: t * 1.5)
e(lambda: tuple(5))
e(lambda: t.append(4))
e(lambda: hash(([],)))
e(lambda: t["a"])
try:
    t[0] = 5
except TypeError as ex:
    print(ex)
try:
    del t[0]
except TypeError as ex:
    print(ex)
