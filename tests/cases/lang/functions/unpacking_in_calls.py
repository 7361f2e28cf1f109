def f(a, b, c, d):
    return [a, b, c, d]


args = (1, 2)
kwargs = {"d": 4}
print(f(*args, 3, **kwargs))
print(f(*range(2), *"xy"))
print(f(**{"a": 1, "b": 2}, c=3, d=4))
print(f(1, *[], 2, *[3], **{}, d=5))
print(*[1, 2, 3], sep="-")
print(*"abc")
print(max(*[3, 9, 2]), min(*(3, 9), 1))
