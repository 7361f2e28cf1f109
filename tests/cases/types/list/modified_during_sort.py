a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(e)
print(a)
b = [5, 4, 3, 2, 1]
def key2(x):
    b.clear()
    return x
try:
    b.sort(key=key2)
except ValueError as e:
    print(e)
print(b)
c = [2, 1]
def key3(x):
    print("during sort:", c)
    return x
c.sort(key=key3)
print(c)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        d.append(0)
        return self.v < other.v
d = [Cmp(2), Cmp(1)]
try:
    d.sort()
except ValueError as e:
    print(e)
print(len(d))
