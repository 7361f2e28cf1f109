from collections import Counter
a = Counter({"x": 3, "y": -1, "z": 0})
b = Counter({"x": 1, "y": 2})
print(a + b, a - b, a | b, a & b, +a, -a)
c = Counter(a)
c += b
print(c)
c -= Counter(x=10)
print(c)
c |= Counter(w=5)
c &= Counter(w=2, y=1)
print(c)
print(Counter("aab") == Counter("aba"), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1, b=0), Counter() == Counter(a=0))
