from collections import OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), repr(OrderedDict()), repr(OrderedDict(a=1)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, list(reversed(od)))
try:
    od.move_to_end("zz")
except KeyError as e:
    print(repr(e))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(e)
