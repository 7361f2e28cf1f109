class Evens:
    def __contains__(self, n):
        print("__contains__", n)
        return n % 2 == 0


e = Evens()
print(4 in e, 3 in e, 3 not in e)


class ReturnsTruthy:
    def __contains__(self, x):
        return "yes"


print(1 in ReturnsTruthy())


class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])


print(2 in IterOnly(), 9 in IterOnly())
try:
    1 in 5
except TypeError as e:
    print(e)
print("ab" in "cabd", "" in "x", 1 in {1: "a"}, "a" in {1: "a"})
