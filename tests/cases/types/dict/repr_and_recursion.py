d = {"a": [1, {"b": (2, 3)}], 1: None, (1, 2): "t", 2.5: b"x", "quote's": 'dq"'}
print(d, str(d) == repr(d))
r = {}
r["self"] = r
r["list"] = [r]
print(r)
print({}, {1: {}}, {(): ()})
class K:
    def __repr__(self):
        return "K()"
    def __hash__(self):
        return 1
print({K(): K()})
