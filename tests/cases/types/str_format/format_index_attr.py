class P:
    x = 1
    y = [10, 20]
    def __init__(self):
        self.name = "pt"
data = {"k": [1, {"deep": "yes"}], "1": "str-one", 1: "int-one"}
print("{0.x} {0.y[1]} {0.name}".format(P()), "{p.name}".format(p=P()))
print("{0[k][1][deep]}".format(data), "{0[1]}".format(data), "{d[1]}".format(d=data), "{0[1]}".format([5, 6]))
print("{0[0]}{0[-1]}".format("abc") if False else "{0[0]}".format("abc"), "{a[0].real}".format(a=[3]))
for f in [lambda: "{0.missing}".format(P()), lambda: "{0[5]}".format([1]), lambda: "{0[x]}".format({}), lambda: "{0[-1]}".format([1, 2]), lambda: "{0[1}".format([1]), lambda: "{0.}".format(1), lambda: "{0[]}".format(1), lambda: "{.real}".format(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
