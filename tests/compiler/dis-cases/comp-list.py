a = [x for x in range(3)]
b = [x * y for x in range(3) for y in range(x) if x if y]
c = {x for x in "abc"}
d = {k: v for k, v in [(1, 2)]}
e = (x for x in range(3))
f = [y for x in [1] for y in [x]]
