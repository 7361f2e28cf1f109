a, b, c = 1, 2, 3
del a, (b, c)
print([name in globals() for name in "abc"])
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)


class C:
    x = 1


obj = C()
obj.y = 2
del obj.y, C.x
print(hasattr(obj, "y"), hasattr(C, "x"))
d = {"a": {"b": 1}}
del d["a"]["b"]
print(d)
