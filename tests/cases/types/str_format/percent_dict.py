d = {"name": "Ann", "age": 7, "x": 1.5}
print("%(name)s is %(age)d" % d, "%(x).2f|%(x)8.1e" % d, "%(name)r %(name)-6s|" % d, "%%(age)s" % d if False else "%(age)05d" % d)
print("%(a)s %(a)s" % {"a": 1}, "plain %%" % {}, "%s" % {"k": 1})
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s %(x y)s" % M())
for f in [lambda: "%(missing)s" % d, lambda: "%(name)s %s" % d, lambda: "%(name" % d, lambda: "%(name)s" % ("a",), lambda: "%(a)*d" % {"a": 1}]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
