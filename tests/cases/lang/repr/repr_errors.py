class BadRepr:
    def __repr__(self):
        return 5


class BadStr:
    def __str__(self):
        return None


class RaisingRepr:
    def __repr__(self):
        raise ValueError("repr exploded")


for f, o in ((repr, BadRepr()), (str, BadStr()), (repr, RaisingRepr())):
    try:
        f(o)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print([RaisingRepr()])
except ValueError as e:
    print("in list repr:", e)
print(str(BadRepr.__repr__) != "")
