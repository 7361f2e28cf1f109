for args in ((1, 1), (1, [int]), (1, "int")):
    try:
        isinstance(*args)
    except TypeError as e:
        print(e)
for args in ((1, int), (int, 1), ([], list)):
    try:
        issubclass(*args)
    except TypeError as e:
        print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
print(isinstance(1, (int, "ignored after match")))
