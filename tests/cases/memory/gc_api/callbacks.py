import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.callbacks.append(cb)
x = []
x.append(x)
del x
gc.collect()
gc.callbacks.remove(cb)
print(events)
print(sorted(gc.get_stats()[2]))
