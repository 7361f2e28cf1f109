class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __radd__(self, other):
        return "radd from " + type(other).__name__


print(Vec([1, 2]) + [10, 20])
print([10, 20] + Vec([1, 2]))


class Str(str):
    def __mul__(self, n):
        return Str("<" + str.__mul__(self, n) + ">")

    def __rmod__(self, other):
        return "rmod called"


print(Str("ab") * 2, type(Str("ab") * 2).__name__)
print("%s" % Str("x"))
print(3 * Str("z"))
