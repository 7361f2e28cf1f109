# Types CPython implements in C outside builtins carry their module in tp_name, which messages
# show; their __name__, __qualname__ and __module__ do not change. Subclasses are named plainly.
import collections, _thread, types
objs = [collections.deque(), collections.OrderedDict(), collections.defaultdict(), collections.Counter(),
        _thread.allocate_lock(), _thread.RLock(), types.SimpleNamespace()]
class MyDeque(collections.deque):
    pass
class MyOD(collections.OrderedDict):
    pass
objs += [MyDeque(), MyOD()]
for o in objs:
    t = type(o)
    print(t.__module__, t.__name__, t.__qualname__, t)
    for f in [lambda: o + 1, lambda: 1 - o, lambda: hash(o), lambda: len(o), lambda: o(), lambda: o[1:2:3, 4], lambda: iter(o) if not hasattr(t, "__iter__") else next(1)]:
        try:
            f()
        except TypeError as e:
            print("  ", e)
        except Exception as e:
            print("  ", type(e).__name__)
