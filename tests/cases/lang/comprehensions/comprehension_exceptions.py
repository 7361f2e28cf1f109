def risky(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x


try:
    [risky(x) for x in range(5)]
except ValueError as e:
    print("list:", e)
try:
    {x: risky(x) for x in range(5)}
except ValueError as e:
    print("dict:", e)
g = (risky(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("generator:", e)
print(list(g))
