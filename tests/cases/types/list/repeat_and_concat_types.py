class L(list):
    pass
l = L([1, 2])
for r in [l + l, l * 2, [0] + l, l[:], l.copy()]:
    print(type(r).__name__, r)
l += [3]
print(type(l).__name__, l)
l *= 2
print(type(l).__name__, l)
