import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), sorted([V(3), V(1), V(2)]), max(a, b))
try:
    @functools.total_ordering
    class Empty:
        pass
except ValueError as e:
    print(e)
