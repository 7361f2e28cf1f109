def returns_none():
    pass


print(returns_none() is None, None == None, None is not False)
print(type(None).__name__, repr(None), str(None), bool(None))
x = None
print(x or "fallback", x and "never", [None] * 2)
try:
    None.attribute
except AttributeError as e:
    print(e)
try:
    x()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
print({None: "none key"}[None], sorted([3, 1], key=lambda v: v if v is not None else 0))
