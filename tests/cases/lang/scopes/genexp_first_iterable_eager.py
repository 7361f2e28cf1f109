def fails():
    raise ValueError("from the first iterable")


try:
    g = (x for x in fails())
except ValueError as e:
    print("at creation:", e)


def later():
    raise KeyError("from the second iterable")


g = (x for y in [1] for x in later())
print("created")
try:
    next(g)
except KeyError as e:
    print("at first next:", e)
items = [1, 2]
g = (x * 10 for x in items)
items = [7, 8, 9]
print(list(g))
