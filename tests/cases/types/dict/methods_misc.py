d = {"a": 1, "b": 2}
c = d.copy()
c["a"] = 99
print(d, c, type(c).__name__)
d.clear()
print(d, len(d), bool(d), bool(c))
print(c.__contains__("a"), c.__getitem__("b"), c.__len__(), "a" in c, 99 in c, list(c.__iter__()), c.__reversed__().__next__())
del c["a"]
print(c)
try:
    del c["zz"]
except KeyError as e:
    print(repr(e))
print(dict.__dict__["fromkeys"].__class__.__name__, {}.__class__.__name__, dict.get.__name__)
