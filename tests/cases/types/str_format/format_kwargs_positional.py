args = ["a", "b"]
kw = {"k": "v", "n": 3}
print("{0}{1}{k}{n:03d}".format(*args, **kw), "{}-{}".format(*"xy"), "{0}{0}{0}".format("ab"))
print("{self}".format(self=1), "{format}".format(format=2), str.format("{}{}", 1, 2))
print("{0[a]}".format({"a": 1}), "{a[b]}".format(a={"b": 2}))
try:
    "{}".format(*[], **{"": 1})
except IndexError as e:
    print(e)
