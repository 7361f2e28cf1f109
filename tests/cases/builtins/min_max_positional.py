# min() and max() of several positional arguments: numbers and strs compared directly, mixed
# int/float/bool ties keep the first, NaN, objects with comparison methods, errors and key.
print(max(1, 2), min(1, 2), max(2.5, 1), min("b", "a", "c"), max(1, 1.0), min(1.0, 1), max(True, 1), max(1, True))
print(max(float("nan"), 1), max(1, float("nan")), min(3, 2, 1), max(-0.0, 0.0), max(0.0, -0.0), min(0, False))
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o): print("gt", self.v, o.v); return self.v > o.v
print(max(A(1), A(2)).v, min(A(1), A(2), A(0)).v)
try: max(1, "a")
except TypeError as e: print(e)
try: max(1, 2, key=None, default=3)
except TypeError as e: print(e)
print(max(1, 2, key=lambda x: -x), max(3, 10**30), min(10**30, -10**30))
