from collections import ChainMap
a = {"x": 1}
b = {"x": 2, "y": 3}
cm = ChainMap(a, b)
print(cm["x"], cm["y"], len(cm), sorted(cm), cm.get("z", 0), dict(cm), cm.maps)
cm["z"] = 4
print(a, b)
child = cm.new_child({"x": 100})
print(child["x"], child.parents["x"], repr(ChainMap()), repr(ChainMap({1: 2})))
del cm["x"]
print(cm["x"], a)
try:
    del cm["y"]
except KeyError as e:
    print(e)
print(list(ChainMap({"a": 1}, {"b": 2, "a": 3})))
