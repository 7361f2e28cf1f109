vals = [0.0, 1.0, 0.1, 2.5, 1e22, 1e-7, 123.456, -9.99, 1 / 3]
for v in vals:
    print("%s|%r|%f|%e|%g" % (v, v, v, v, v), "{}|{!r}|{:f}|{:e}|{:g}".format(v, v, v, v, v), f"{v}|{v!r}|{v:f}|{v:e}|{v:g}")
