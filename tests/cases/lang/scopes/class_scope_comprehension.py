class C:
    items = [1, 2, 3]
    factor = 10
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = str(e)
    pairs = [(a, b) for a in items for b in "xy"]


print(C.doubled)
print(C.scaled)
print(C.pairs)
print(hasattr(C, "i"), hasattr(C, "a"))
