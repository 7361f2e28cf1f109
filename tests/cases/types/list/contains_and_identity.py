class AlwaysEq:
    def __eq__(self, other):
        return True
class NeverEq:
    def __eq__(self, other):
        return False
n = NeverEq()
print(1 in [AlwaysEq()], n in [n], n in [NeverEq()], [n].count(n), [n].index(n))
nan = float("nan")
print(nan in [nan], [nan].count(nan), [nan] == [nan], [float("nan")] == [float("nan")])
print([1, 2, 3].__contains__(2), 2.0 in [1, 2], True in [1], "a" in ["abc"])
