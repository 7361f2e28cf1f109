class D(dict):
    def __missing__(self, k):
        return "missing:" + str(k)
d = D(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d.setdefault("c", 3), d.pop("zz", "dflt"), list(d))
class G(dict):
    def get(self, k, default=None):
        return "custom get"
g = G(a=1)
print(g.get("a"), g["a"], dict.get(g, "a"))
