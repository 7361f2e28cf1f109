import pickle
from collections import OrderedDict, namedtuple
Pt = namedtuple("Pt", "x y")
class Obj:
    def __init__(self, a):
        self.a = a
    def __eq__(self, other):
        return type(other) is Obj and other.a == self.a
shared = [1]
values = [[shared, shared], {"a": (1, 2.5, None)}, OrderedDict(b=1, a=2), Pt(1, 2), Obj([1, 2]), Obj, len, range(2, 9, 3), slice(1, 2), 10 ** 40, "日本" * 3, bytearray(b"ba")]
for proto in [0, 2, 4, 5]:
    out = [pickle.loads(pickle.dumps(v, protocol=proto)) for v in values]
    print(proto, out[0][0] is out[0][1], [o == v for o, v in zip(out, values)])
print(pickle.dumps(Pt(1, 2), protocol=4))
print(pickle.dumps(Obj(5), protocol=4))
r = []
r.append(r)
rr = pickle.loads(pickle.dumps(r))
print(rr[0] is rr)
