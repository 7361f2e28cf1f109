for f in [lambda: range(3) < range(4), lambda: range(1) + range(2), lambda: range(2) * 2]:
    try:
        print(f())
    except TypeError as e:
        print(e)
print(range(0, 3) != range(3), range(2) in [range(0, 2)], sorted([range(2), range(1)], key=len))
