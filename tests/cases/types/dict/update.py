d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)], d=4)
d.update(e=5)
d.update()
d.update({"a": 0}.items())
print(d)
for args in [(5,), ([1],), (["abc"],)]:
    try:
        d.update(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    d.update({}, {})
except TypeError as e:
    print(e)
