# WeakValueDictionary while its values die: during iteration removals wait until the iteration
# ends; setdefault, pop and valuerefs keep working on what is left.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n


strong = [V(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, v) for i, v in enumerate(strong))
print(len(wvd), sorted(wvd.keys()))
for k, v in list(wvd.items()):
    if k == 1:
        strong[3] = None
print(len(wvd), sorted(wvd))
for k in wvd.keys():
    if k == 0:
        strong[4] = None
del k
print(len(wvd), sorted(wvd))
print(wvd.setdefault(9, strong[0]), wvd.pop(9), wvd.get(4, "gone"))
refs = wvd.valuerefs()
print(sorted(r().n for r in refs))
strong.clear()
print("refs now", [r() for r in refs])
del refs
print(len(wvd), list(wvd.items()))
