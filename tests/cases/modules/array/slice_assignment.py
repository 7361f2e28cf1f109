# Slice assignment and deletion, simple and extended, and their size rules.
import array

def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = array.array("i", range(8))
a[1:3] = array.array("i", [10, 20, 30])
print(a)
a[::2] = array.array("i", [0, 0, 0, 0, 0])
print(a)
a[::-3] = array.array("i", [7, 8, 9])
print(a)
del a[::2]
print(a)
del a[1:2]
print(a)
del a[-1]
print(a)
a[0] = 42
a[-1] = -42
print(a)
a[5:] = array.array("i")
a[len(a):] = array.array("i", [1, 2])
print(a)
t(lambda: a.__setitem__(slice(0, 4, 2), array.array("i", [1])))
t(lambda: a.__setitem__(slice(0, 1), [1]))
t(lambda: a.__setitem__(slice(0, 1), array.array("h", [1])))
t(lambda: a.__setitem__(0, "x"))
t(lambda: a.__setitem__(0, 1 << 40))
t(lambda: a.__setitem__(99, 1))
t(lambda: a.__delitem__(99))
print(a)
