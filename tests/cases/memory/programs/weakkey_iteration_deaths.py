# WeakKeyDictionary and WeakSet while their keys die: a death during iteration is deferred until
# the iteration ends; len() counts what is left.
import weakref


class K:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


keys = [K(c) for c in "abcd"]
wkd = weakref.WeakKeyDictionary({k: k.name.upper() for k in keys})
ws = weakref.WeakSet(keys)
print(len(wkd), len(ws))
seen = []
for k, v in wkd.items():
    seen.append(v)
    if k.name == "b":
        keys.pop(2)
del k
print(seen, len(wkd), sorted(x.name for x in ws))
for x in ws:
    if x.name == "a":
        keys.pop(0)
del x
print(len(ws), sorted(x.name for x in ws), sorted(k.name for k in wkd.keys()))
keys.clear()
print(len(wkd), len(ws), list(wkd.items()), list(ws))
