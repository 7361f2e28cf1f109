def check(a, b):
    return -a < b


print(check(1, 2))
print(check("x", 2))
