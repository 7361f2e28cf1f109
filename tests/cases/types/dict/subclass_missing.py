class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["a"], d["xyz"], d, d.get("q"), "q" in d)
class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
print(u, u["a"], dict(u), u.get("a"), {**u})
u.update(b=2)
print(u)
class R(dict):
    def __repr__(self):
        return "R" + super().__repr__()
print(R(x=1), [R()], type(R(x=1) | {}).__name__, type(R().copy()).__name__)
