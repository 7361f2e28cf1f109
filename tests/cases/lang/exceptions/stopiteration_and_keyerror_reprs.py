d = {}
try:
    d["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    d[("tuple", "key")]
except KeyError as e:
    print(str(e))
try:
    d[""]
except KeyError as e:
    print(str(e))
try:
    {}.pop("x")
except KeyError as e:
    print(repr(e))
try:
    set().remove(3)
except KeyError as e:
    print(repr(e))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print(repr(e), str(e) == "")
