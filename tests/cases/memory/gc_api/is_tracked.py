import gc


class C:
    pass


print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)))
print(gc.is_tracked(lambda: 0), gc.is_tracked(int))
