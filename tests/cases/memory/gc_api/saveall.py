import gc

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = []
a.append(a)
del a
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.garbage.clear()
gc.set_debug(0)
b = {}
b["b"] = b
del b
print(gc.collect(), gc.garbage)
