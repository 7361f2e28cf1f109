a = [0, 1, 2]
a[0] = "x"
a[-1] = "z"
print(a)
for f in [lambda: a.__setitem__(3, 0), lambda: a.__setitem__(-4, 0), lambda: a.__setitem__("0", 0), lambda: a.__delitem__(3), lambda: a.__getitem__(2 ** 100)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
a[True] = "one"
print(a)
