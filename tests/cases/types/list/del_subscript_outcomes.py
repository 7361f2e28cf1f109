# del container[k] on exact lists and dicts (and a list subclass): what is removed, the errors, and
# the moment a removed value dies.
l = list(range(10))
del l[0]; del l[-1]; del l[3]
print(l)
d = {"a": 1, "b": 2, 3: 4, 1.0: "f"}
del d["a"]; del d[3]; del d[1]
print(d)
for bad in (lambda: l.__delitem__(100), lambda: d.__delitem__("zz")):
    try: bad()
    except Exception as e: print(type(e).__name__, e)
try:
    del l[100]
except IndexError as e: print(e)
try:
    del d["zz"]
except KeyError as e: print(repr(e))
class L(list):
    def __delitem__(self, i): print("L del", i); super().__delitem__(i)
m = L([1,2,3]); del m[0]; print(m)
class D:
    def __del__(self): print("dead")
x = [D(), 1]; del x[0]; print("after list del")
y = {"k": D()}; del y["k"]; print("after dict del")
it = iter(d); 
try:
    d2 = {"a":1,"b":2}
    for k in d2: del d2["b"]
except RuntimeError as e: print(e)
del l[True]; print(l)
