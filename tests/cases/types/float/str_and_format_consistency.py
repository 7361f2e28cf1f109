for x in [1e16, 1.5e16, 1e-4, 1e-5, 0.1, 100.0, 1e21, 1e22, 123456789012.0, 2.5e-300]:
    print(repr(x), str(x), format(x), f"{x}", "%s" % x, "%r" % x, "{}".format(x), format(x, "") == str(x))
