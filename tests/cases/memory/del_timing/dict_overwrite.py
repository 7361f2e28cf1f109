# Overwriting and popping dict values, and a dict comprehension's dropped values.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = {"a": N("a1")}
d["a"] = N("a2")
print("overwritten")
d.update(a=N("a3"), b=N("b1"))
print("updated")
d.popitem()
print("popitem")
d.setdefault("c", N("c1"))
d.setdefault("c", N("c2"))
print("setdefault")
d = {k: N(k) for k in "xy"}
d = None
print("end")
