import operator as op
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
print(ig("abc"), ig2("abc"), op.itemgetter("k")({"k": 5}), op.itemgetter(slice(1, 3))([1, 2, 3, 4]), repr(ig), repr(ig2))
class P:
    def __init__(self):
        self.x = 1
        self.child = self if False else type("C", (), {"y": 2})()
ag = op.attrgetter("x")
ag2 = op.attrgetter("x", "child.y")
print(ag(P()), ag2(P()), repr(op.attrgetter("a.b")))
mc = op.methodcaller("split", ",", 1)
print(mc("a,b,c"), op.methodcaller("upper")("x"), repr(mc))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(0)), sorted(["bb", "a"], key=op.methodcaller("__len__")))
for f in [lambda: ig(5), lambda: op.attrgetter(1), lambda: ag(object())]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
