lst = [1, 2, 3, 4]
for value in [5, None, 1.5]:
    for key in [slice(1, 3), slice(0, 4, 2), slice(None, None, -1)]:
        try:
            lst[key] = value
        except TypeError as e:
            print(key, type(e).__name__, e)
def gen():
    yield 9
    raise TypeError("from inside")
try:
    lst[0:1] = gen()
except TypeError as e:
    print("inner:", e)
try:
    lst[::2] = gen()
except TypeError as e:
    print("inner:", e)
lst[1:2] = "ab"
lst[::3] = (7, 8)
print(lst)
