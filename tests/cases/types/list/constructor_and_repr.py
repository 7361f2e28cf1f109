print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(x * 2 for x in range(3)), list(b"ab"))
a = [1, "two", 3.0, None, [4], (5,), {6: 7}]
print(a, repr(a), str(a))
r = [1]
r.append(r)
print(r, [r, r])
d = {}
d["self"] = [d]
print(d)
for bad in [5, None, 1.5]:
    try:
        list(bad)
    except TypeError as e:
        print(e)
try:
    list([1], [2])
except TypeError as e:
    print(e)
