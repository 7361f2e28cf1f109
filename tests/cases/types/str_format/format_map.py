class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} and {b}".format_map(Default(a=1)), "{x[0]}".format_map({"x": [9]}), "{}".format_map({}) if False else "-")
class Tracker:
    def __init__(self):
        self.seen = []
    def __getitem__(self, k):
        self.seen.append(k)
        return k * 2
tr = Tracker()
print("{a}{bb}{a}".format_map(tr), tr.seen)
for f in [lambda: "{}".format_map({}), lambda: "{0}".format_map({0: 1}), lambda: "{a}".format_map({}), lambda: "{a}".format_map([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
