def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    elif n < 100:
        kind = "medium"
    else:
        kind = "large"
    return kind


print([classify(n) for n in (-5, 0, 3, 42, 1000)])
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty but not None")
if not x and len(x) == 0:
    pass
print("done")
