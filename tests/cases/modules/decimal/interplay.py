import json, statistics, numbers, math, copy, pickle
from decimal import Decimal as D
from fractions import Fraction
print(Fraction(D("1.25")), Fraction.from_decimal(D("-0.5")), Fraction(D("1E+3")), Fraction(D("3.14159")))
print(json.loads('{"price": 1.10, "list": [1.5, 2, 3e2]}', parse_float=D))
print(statistics.mean([D("1.1"), D("2.2"), D("3.3")]), statistics.median([D("1"), D("3")]), statistics.median([D("1"), D("2"), D("5")]))
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(D(1), numbers.Complex), issubclass(D, numbers.Number))
print(sum([D("0.1"), D("0.2"), D("0.3")]), abs(D("-2.5")), round(D("2.675"), 2), math.floor(D("-1.5")), float(D("0.1")), int(D("-9.99")), max([D(1), D("1.5"), 1.2]))
print(copy.copy(D("1.5")), copy.deepcopy([D("2.5")]), pickle.loads(pickle.dumps(D("-1.25E+3"))), D("1.5").__reduce__())
print(sorted([D("0.3"), D("0.1"), D("0.2")]), "%.2f" % D("1.005"), "{:>8}".format(D("3.14")), str(D("5")).zfill(4))
