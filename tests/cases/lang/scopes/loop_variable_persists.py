for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
j = 0
while j < 5:
    j += 2
print(j)


def f():
    for k, v in {"a": 1, "b": 2}.items():
        last = v
    return k, last


print(f())
