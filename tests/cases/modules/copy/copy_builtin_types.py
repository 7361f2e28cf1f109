import copy
import collections
vals = [[1, [2]], {"a": {"b": 1}}, {1, 2}, bytearray(b"xy"), collections.deque([1, [2]]), collections.OrderedDict(a=[1]), collections.Counter("aab"), collections.defaultdict(list, {"k": [1]})]
for v in vals:
    s = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(v).__name__, s == v, d == v, s is not v, type(s).__name__, type(d).__name__)
dd = copy.deepcopy(vals[-1])
dd["new"].append(1)
print(dd, vals[-1])
