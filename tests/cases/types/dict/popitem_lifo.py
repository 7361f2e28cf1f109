d = {i: chr(97 + i) for i in range(5)}
print(d.popitem(), d.popitem(), d)
d[10] = "k"
print(d.popitem(), d)
while d:
    print(d.popitem(), end=" ")
print()
try:
    d.popitem()
except KeyError as e:
    print(e, repr(e))
