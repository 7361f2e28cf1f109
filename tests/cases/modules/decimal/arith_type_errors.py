import operator
from decimal import Decimal as D
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod), ("**", operator.pow)]
for name, fn in ops:
    for l, r in [(D(1), 1.5), (1.5, D(1)), (D(1), "x"), (D(1), 1j), (D(1), None)]:
        try:
            fn(l, r)
        except TypeError as e:
            print(name, e)
