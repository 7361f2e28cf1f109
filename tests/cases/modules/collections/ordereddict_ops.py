from collections import OrderedDict
od = OrderedDict(zip("abcde", range(5)))
od.move_to_end("a")
od.move_to_end("e", last=False)
print(od, list(od.keys()), list(od.values()))
od["b"] = 100
print(list(od.items())[:2], od.popitem(last=False), od.setdefault("z", 26), list(od))
od2 = OrderedDict(od)
od2.move_to_end("c")
print(od == od2, dict(od) == dict(od2), od | {"q": 1}, list(reversed(od.items()))[:2])
del od["z"]
print(od, od.pop("c"), repr(od))
