import pickle
class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
print(pickle.loads(pickle.dumps(R(3))).v, pickle.dumps(R(3), protocol=4))
class S:
    def __init__(self):
        self.a, self.b = 1, 2
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        self.__dict__.update(st, restored=True)
s = pickle.loads(pickle.dumps(S()))
print(vars(s))
for v in [lambda: 1, (x for x in [])]:
    try:
        pickle.dumps(v)
    except Exception as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
for bad in [b"", b"\x80\x04garbage", b"N"]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
