class P:
    def __format__(self, spec):
        return f"P<{spec}>"
class Bad:
    def __format__(self, spec):
        return 5
class Plain:
    def __repr__(self):
        return "Plain!"
print(format(P()), format(P(), "xyz"), f"{P():abc}", "{:q}".format(P()), format(Plain()), f"{Plain()!r:>8}")
try:
    format(Bad(), "")
except TypeError as e:
    print(e)
try:
    format(Plain(), "10")
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(object.__format__(Plain(), ""), type(format(1)).__name__)
