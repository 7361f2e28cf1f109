print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([("a", 1)], a=2), dict(["xy", "zw"]), dict({1: 2}.items()))
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(KeysOnly()), {**KeysOnly()})
for args in [([1, 2],), ([("a", 1, 2)],), (5,), ([("a",)],), (["abc"],)]:
    try:
        dict(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
