class C:
    x = 1


c = C()
for expr in ("c.y", "C.y", "(1).real.nope", "None.attr", "'s'.upper.zz"):
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
try:
    c.x.y = 1
except AttributeError as e:
    print(e)
try:
    (1).new = 5
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
