from collections import UserDict, UserList, UserString
class D(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
d = D(A=1)
d["B"] = 2
d.update(C=3)
print(d, d.data, "a" in d, len(d), type(d.copy()).__name__)
class L(UserList):
    def append(self, x):
        super().append(x * 2)
l = L([1])
l.append(5)
print(l, l.data, l + [1], type(l + [1]).__name__, l[0:1], type(l[0:1]).__name__, l * 2)
s = UserString("hello")
print(s.upper(), type(s.upper()).__name__, s + "!", s[1:], len(s), "ell" in s, s == "hello")
