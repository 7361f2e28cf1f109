s = "abc"
for f in [lambda: s.__setitem__(0, "x"), lambda: s.__delitem__(0), lambda: s[3], lambda: s[-4], lambda: ""[0]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(e)
print(s[0], s[-1], s[2], s.__getitem__(1), s.__len__())
