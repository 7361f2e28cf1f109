g = (x for x in range(3))
print(next(g))
try:
    print(g.send(None))
    print(g.send("ignored by genexp"))
except StopIteration:
    pass
print(list(g))
g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print(e)
g = (x for x in range(3))
next(g)
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("propagated", e)
print(list(g))
