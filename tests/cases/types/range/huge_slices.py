# Slicing ranges and slice.indices with lengths and bounds past 2**63 (arbitrary ints, as
# compute_slice and _PySlice_GetLongIndices use them).
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
rs = [range(10 ** 30), range(-(10 ** 40), 10 ** 40, 7), range(2 ** 64, -(2 ** 64), -3), range(5), range(0, 2 ** 63, 2 ** 62)]
sls = [slice(None), slice(None, None, -1), slice(10 ** 20, None, 10 ** 10), slice(-(10 ** 35), 10 ** 35), slice(-5, None), slice(None, -(2 ** 70), -2), slice(I(3), I(-3)), slice(2 ** 100, -(2 ** 100), -(2 ** 90)), slice(1, 2, 2 ** 64)]
for r in rs:
    for s in sls:
        x = r[s]
        print(x, x.start == (r[s.start] if False else x.start), bool(x), x[:1], x[-1:])
        print(s.indices(10 ** 30), s.indices(0), s.indices(7))
for bad in [lambda: range(10 ** 30)[::0], lambda: range(10 ** 30)["a":], lambda: slice(1, 2).indices(-(10 ** 30)), lambda: slice(None, None, 0).indices(5), lambda: slice(1.5).indices(3), lambda: range(3)[1:2:0]]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = range(10 ** 30)[::-(10 ** 29)]
print(r, list(r)[:3], r.index(10 ** 30 - 1), len(r), (10 ** 29 - 1) in r, r.count(1))
