class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print("{}".format(t), "{:.1F}".format(t), "{:>8.2}".format(t), f"{t:.0F}", format(t, ".3"))
import datetime
d = datetime.date(2024, 3, 5)
print("{:%Y/%m/%d}".format(d), f"{d:%d %B %Y}", "{0:%j}".format(d))
class NoFormat:
    pass
try:
    "{:x}".format(NoFormat())
except TypeError as e:
    print(e)
