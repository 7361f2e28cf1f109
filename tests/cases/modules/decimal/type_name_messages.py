from decimal import Decimal as D, Context
for f in [lambda: "x" * D(1), lambda: D(1) * "x", lambda: D(1)[0], lambda: len(D(1)), lambda: iter(D(1)), lambda: Context()[0], lambda: {[D(1)]: 1}]:
    try:
        f()
    except TypeError as e:
        print(e)
x = D(1)
try:
    x += 1.5
except TypeError as e:
    print(e)
class Sub(D):
    pass
try:
    Sub(1)[0]
except TypeError as e:
    print(e)
print(type(D(1)).__name__, D.__qualname__, D.__module__, repr(D), repr(Context))
