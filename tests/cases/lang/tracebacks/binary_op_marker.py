def compute(a, b):
    total = a + b
    return total / (a - a)


print(compute(2, 3))
