s = {1, "a", (2, 3)}
for k in ["b", (4,), 2.5]:
    try:
        s.remove(k)
    except KeyError as e:
        print(repr(e))
print(s.discard("nope"), s)
s.remove((2, 3))
print(s)
