# Tuple comparisons that mix plain items with objects whose methods run, and str.translate with
# dict tables (plain, and a subclass with __missing__): the calls made and the results.
class E:
    def __eq__(self, o):
        print("eq"); return False
    def __lt__(self, o):
        print("lt"); return True
print((1, "a") < (1, "b"), (1, 2) == (1, 2.0), (1, (2, 3)) < (1, (2, 4)), () < (1,), (1,) <= (1,))
print((1, E()) < (1, 5))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, 3.5)][:3]))
try:
    print((1, "a") < (1, 2))
except TypeError as e: print(e)
print((1, 2) != (1, 2), (float("nan"),) == (float("nan"),))
n = float("nan"); print((n,) == (n,), [n] == [n])
print("abc".translate({97: "x", 98: None}), "abc".translate(str.maketrans("a", "b")))
class D(dict):
    def __missing__(self, k): return "?"
print("abc".translate(D({97: "A"})))
