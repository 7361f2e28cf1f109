a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "x": 0}, {"x": 0, **a}, dict(a, **b), dict(**a, w=9))
try:
    dict(**a, x=5)
except TypeError as e:
    print(e)
def f(**kw):
    return kw
print(f(**a, **{"q": 1}))
try:
    f(**a, **{"x": 1})
except TypeError as e:
    print(e)
