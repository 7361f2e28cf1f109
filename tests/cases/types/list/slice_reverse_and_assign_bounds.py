# Reversed slices seq[i::-1] and slice assignment list[i:j] = list-or-tuple, at every kind of bound.
a = list(range(6)); t = tuple(a)
for st in (None, -10, -3, -1, 0, 2, 5, 6, 10):
    print(st, a[st::-1], t[st::-1])
print(a[::-1], t[::-1], a[True::-1])
for i in (None, -10, -2, 0, 3, 9):
    for j in (None, -10, -1, 0, 2, 9):
        b = list(range(5)); b[i:j] = ["x", "y"]; c = list(range(5)); c[i:j] = (7,)
        d = list(range(5)); d[i:j] = d
        print(i, j, b, c, d)
e = [1, 2, 3]; e[0:2] = e[1:3]; print(e)
class L(list): pass
f = L([1, 2, 3]); f[:1] = [9, 9]; print(f, type(f).__name__)
g = [1, 2]; g[:] = "ab"; print(g)
print([1,2,3][1:], (1,2,3)[:-1], "héllo"[1:3], "a😀b"[1:2])
