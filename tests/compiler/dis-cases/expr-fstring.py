x = 1
y = 2.5
a = f"{x}"
b = f"x={x!r} y={y:.2f}"
c = f"{x!s:>{y}}"
d = f"{x!a}"
e = "%s and %r" % (x, y)
f = "%d" % (x,)
g = "%5s|%-3s" % (x, y)
