print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{1}{0}".format(1, 2), "".format())
print("{name} is {age}".format(name="Ann", age=7), "{0} {x}".format(5, x=6), "{}{x}{}".format(1, 2, x=3))
print("{:>5}|{:<5}|{:^5}".format(1, 2, 3), "{0:>{1}}".format("a", 4), "{:{}{}}".format(3.14159, ".", "2f") if False else "{:{}}".format(3.14159, ".2f"))
print("{!r:>10}".format("x"), "{0!s:3}|".format(None), "{!a}".format("é"))
